using PersonalCapitalService.Input;
using System.Globalization;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace PersonalCapitalService.Storage;

/// <summary>
/// Answers from the store: <c>ETag</c> and <c>Last-Modified</c> on each, <c>304</c> for a matching
/// <c>If-None-Match</c> before any work, and the bytes of a small answer kept (<see cref="AnswerCache"/>) so the
/// next identical request is served from memory. The tag names the store's version, the server's "today" (relative
/// ranges move at midnight) and the request (path, query, wanted format), so it changes exactly when the answer can.
/// </summary>
internal sealed class StoreValidatorsFilter(StoreReads reads, StoreStateCache cache, AnswerCache answers, TimeProvider time) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!reads.HasData)
        {
            return await next(context);
        }
        var http = context.HttpContext;
        var version = cache.State.Version;
        var tag = Tag(http, version);
        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == tag)))
        {
            SetValidators(http.Response, tag);
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        if (answers.TryGet(version, tag, out var kept))
        {
            SetValidators(http.Response, tag);
            return new KeptAnswerResult(kept);
        }
        var result = await next(context);
        return result is IResult answer && cache.State.Version == version ? new KeepingResult(answer, this, version, tag) : result;
    }

    private long CurrentVersion => cache.State.Version;

    private void Keep(long version, string tag, AnswerCache.Answer answer) => answers.Add(version, tag, answer);

    private void SetValidators(HttpResponse response, string tag)
    {
        response.Headers.ETag = tag;
        response.Headers.CacheControl = "private, no-cache";
        if (cache.State.LastSuccessAt is { } modified)
        {
            response.Headers.LastModified = modified.ToString("R", CultureInfo.InvariantCulture);
        }
    }

    private string Tag(HttpContext http, long version)
    {
        var request = http.Request;
        var today = time.LocalToday();
        var key = $"{request.Path}{request.QueryString}|{request.Headers[HeaderNames.Accept]}";
        return $"W/\"{version}-{today:yyyyMMdd}-{Fnv1a(key):x16}\"";
    }

    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }
        return hash;
    }

    /// <summary>Writes the answer as usual and keeps a copy when it is a whole 200 no larger than the cache takes.</summary>
    private sealed class KeepingResult(IResult inner, StoreValidatorsFilter filter, long version, string tag) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.OnStarting(() =>
            {
                if (response.StatusCode == StatusCodes.Status200OK)
                {
                    // The version seen before the body was read: if a sync commits meanwhile, the next request with
                    // this tag no longer matches and gets the new body, never a 304 for an old one.
                    filter.SetValidators(response, tag);
                }
                return Task.CompletedTask;
            });
            var original = response.Body;
            await using var copy = new CopyingStream(original, AnswerCache.MaxAnswerBytes);
            response.Body = copy;
            try
            {
                await inner.ExecuteAsync(httpContext);
            }
            finally
            {
                response.Body = original;
            }
            if (response.StatusCode == StatusCodes.Status200OK && copy.Copy is { } bytes && filter.CurrentVersion == version)
            {
                filter.Keep(version, tag, new AnswerCache.Answer(response.ContentType, bytes));
            }
        }
    }

    private sealed class KeptAnswerResult(AnswerCache.Answer answer) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = answer.ContentType;
            httpContext.Response.ContentLength = answer.Body.Length;
            return httpContext.Response.Body.WriteAsync(answer.Body, httpContext.RequestAborted).AsTask();
        }
    }

    /// <summary>Passes every write on, and keeps a copy until it grows past the limit.</summary>
    private sealed class CopyingStream(Stream inner, int limit) : Stream
    {
        private MemoryStream? _copy = new();

        public byte[]? Copy => _copy?.ToArray();

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Keep(buffer.Span);
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        private void Keep(ReadOnlySpan<byte> bytes)
        {
            if (_copy is null)
            {
                return;
            }
            if (_copy.Length + bytes.Length > limit)
            {
                _copy = null;
                return;
            }
            _copy.Write(bytes);
        }
    }
}
