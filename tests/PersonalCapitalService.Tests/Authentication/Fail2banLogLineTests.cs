using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PersonalCapitalService.Authentication;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;
using Serilog.Extensions.Logging;

namespace PersonalCapitalService.Tests.Authentication;

/// <summary>
/// The README's fail2ban <c>failregex</c> finds the address in the lines the service really writes to the console:
/// compact JSON (Docker, Production) and the Development text template.
/// </summary>
public sealed class Fail2banLogLineTests
{
    public static TheoryData<string> Formats => ["json", "text"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_readme_failregex_finds_the_address_of_every_failure_line(string format)
    {
        ITextFormatter formatter = format == "json"
            ? new RenderedCompactJsonFormatter()
            : new MessageTemplateTextFormatter("[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
        var sink = new FormattingSink(formatter);
        using var serilog = new Serilog.LoggerConfiguration().WriteTo.Sink(sink).CreateLogger();
        using var factory = new SerilogLoggerFactory(serilog);
        var throttle = new FailedLoginThrottle(
            Options.Create(new BasicAuthSettings { MaxFailures = 2 }), TimeProvider.System, factory.CreateLogger<FailedLoginThrottle>());

        throttle.RecordFailure(IPAddress.Parse("203.0.113.7"));
        throttle.RecordFailure(IPAddress.Parse("2001:db8::42"));
        throttle.RecordFailure(IPAddress.Parse("2001:db8::42"));

        var failRegex = ReadmeFailRegex();
        var hosts = sink.Lines.Select(l => failRegex.Match(l)).Where(m => m.Success).Select(m => m.Groups["host"].Value).ToList();
        Assert.Equal(4, sink.Lines.Count);
        Assert.Equal(["203.0.113.7", "2001:db8::42", "2001:db8::42", "2001:db8::42"], hosts);
    }

    /// <summary>The failregex line of README.md, with fail2ban's &lt;HOST&gt; as a named group.</summary>
    private static Regex ReadmeFailRegex()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var line = Regex.Match(readme, "(?m)^failregex = (?<regex>.+)$").Groups["regex"].Value;
        Assert.Contains("<HOST>", line);
        return new Regex(line.Replace("<HOST>", "(?<host>[0-9A-Fa-f.:]+)", StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PersonalCapitalService.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("PersonalCapitalService.sln not found above the test folder");
    }

    private sealed class FormattingSink(ITextFormatter formatter) : ILogEventSink
    {
        public List<string> Lines { get; } = [];

        public void Emit(LogEvent logEvent)
        {
            using var writer = new StringWriter();
            formatter.Format(logEvent, writer);
            Lines.Add(writer.ToString().TrimEnd());
        }
    }
}
