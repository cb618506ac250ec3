using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PersonalCapital.Sandbox;

namespace PersonalCapitalService.Tests.Support;

/// <summary>
/// A small fake upstream on a loopback port: it forwards every request to a sandbox (cookies and all) and, for the
/// upstream operations <see cref="Tamper"/> names, replaces the sandbox's answer with a body of the test's choosing.
/// It reproduces answers the sandbox never gives (a duplicate JSON key, say) while the login stays real.
/// </summary>
internal sealed class TamperingUpstream : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _forward;

    private TamperingUpstream(WebApplication app, HttpClient forward)
    {
        _app = app;
        _forward = forward;
        BaseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/");
    }

    public Uri BaseAddress { get; }

    /// <summary>Given the path (<c>/api/newaccount/getAccounts2</c>), the body to answer instead; null forwards the sandbox's answer.</summary>
    public Func<string, TamperedAnswer?> Tamper { get; set; } = _ => null;

    public static async Task<TamperingUpstream> StartAsync(SandboxServer sandbox)
    {
        var forward = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
        {
            BaseAddress = sandbox.BaseAddress,
        };
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        TamperingUpstream? self = null;
        app.Run(async context =>
        {
            if (self!.Tamper(context.Request.Path) is { } answer)
            {
                context.Response.StatusCode = answer.Status;
                context.Response.ContentType = answer.ContentType;
                await context.Response.WriteAsync(answer.Body);
                return;
            }
            await self.ForwardAsync(context);
        });
        await app.StartAsync();
        self = new TamperingUpstream(app, forward);
        return self;
    }

    private async Task ForwardAsync(HttpContext context)
    {
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method),
            context.Request.Path.Value!.TrimStart('/') + context.Request.QueryString);
        var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        body.Position = 0;
        request.Content = new StreamContent(body);
        foreach (var (name, values) in context.Request.Headers)
        {
            if (name.Equals("Host", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (!request.Headers.TryAddWithoutValidation(name, values.ToArray()))
            {
                request.Content.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
        }
        using var response = await _forward.SendAsync(request);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }
        await response.Content.CopyToAsync(context.Response.Body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _forward.Dispose();
    }
}

/// <summary>What <see cref="TamperingUpstream"/> answers instead of the sandbox.</summary>
internal sealed record TamperedAnswer(string Body, string ContentType = "application/json", int Status = (int)HttpStatusCode.OK);
