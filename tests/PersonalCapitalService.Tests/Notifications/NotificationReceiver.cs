using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PersonalCapitalService.Tests.Notifications;

/// <summary>A real HTTP server on a free loopback port that records every POST, standing in for ntfy, Gotify, Discord and the rest.</summary>
internal sealed class NotificationReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Received> _received;

    private NotificationReceiver(WebApplication app, ConcurrentQueue<Received> received)
    {
        _app = app;
        _received = received;
        BaseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/");
    }

    public Uri BaseAddress { get; }

    public IReadOnlyList<Received> Received => [.. _received];

    public static async Task<NotificationReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var received = new ConcurrentQueue<Received>();
        app.MapPost("/{**path}", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            received.Enqueue(new Received(
                http.Request.Path + http.Request.QueryString,
                http.Request.ContentType,
                http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                await reader.ReadToEndAsync()));
            return Results.Ok();
        });
        await app.StartAsync();
        return new NotificationReceiver(app, received);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}

internal sealed record Received(string PathAndQuery, string? ContentType, IReadOnlyDictionary<string, string> Headers, string Body);
