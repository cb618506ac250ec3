using System.Buffers;
using System.Text;

namespace PersonalCapitalService.Legacy.Transactions;

/// <summary>
/// A <c>/trans</c> body written row by row as the rows arrive (bare <c>[…]</c> or <c>{"transactions": […]}</c>), so a
/// ten-year answer starts at once and never sits whole in memory.
/// </summary>
internal sealed class JsonRowsResult(IAsyncEnumerable<string> rows, bool wrapped) : IResult
{
    private const int FlushEvery = 64 * 1024;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = LegacyJson.ContentType;
        var body = response.BodyWriter;
        var cancellationToken = httpContext.RequestAborted;
        Write(body, wrapped ? "{\"transactions\":[" : "[");
        var first = true;
        var pending = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (!first)
            {
                Write(body, ",");
            }
            first = false;
            pending += Write(body, row);
            if (pending >= FlushEvery)
            {
                pending = 0;
                await body.FlushAsync(cancellationToken);
            }
        }
        Write(body, wrapped ? "]}" : "]");
        await body.FlushAsync(cancellationToken);
    }

    private static int Write(IBufferWriter<byte> writer, string text)
    {
        var span = writer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        var written = Encoding.UTF8.GetBytes(text, span);
        writer.Advance(written);
        return written;
    }
}

/// <summary>A stored JSON body, as bytes.</summary>
internal sealed class JsonBytesResult(byte[] body) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = LegacyJson.ContentType;
        httpContext.Response.ContentLength = body.Length;
        return httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}
