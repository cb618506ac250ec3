using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PersonalCapital.Sandbox.Tests.Support;

namespace PersonalCapital.Sandbox.Tests.Hosting;

public sealed class StartUpTests
{
    [Theory]
    [InlineData(0, 1, "Years must be between 1 and 50.")]
    [InlineData(3, 0, "Volume must be between 1 and 100.")]
    public async Task Demo_data_options_out_of_range_fail_start_up_and_leave_nothing_running(int years, int volume, string reason)
    {
        var services = new DisposalProbe();

        var failure = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => SandboxServer.StartAsync(
            new SandboxOptions { Years = years, Volume = volume },
            Sandboxes.NewClock(),
            // Created by the app's container, so it is disposed exactly when the half-built app is.
            logging => logging.Services.AddSingleton<ILoggerProvider>(_ => services)));

        Assert.StartsWith(reason, failure.Message, StringComparison.Ordinal);
        Assert.True(services.Disposed, "the sandbox that failed to start was not disposed");
    }

    private sealed class DisposalProbe : ILoggerProvider
    {
        public bool Disposed { get; private set; }

        public ILogger CreateLogger(string categoryName) => NullLogger.Instance;

        public void Dispose() => Disposed = true;
    }
}
