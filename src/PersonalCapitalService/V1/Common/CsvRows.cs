using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using CsvHelper.TypeConversion;

namespace PersonalCapitalService.V1.Common;

/// <summary>
/// Writes v1 records as RFC 4180 CSV with CsvHelper: a header of the JSON property names in declaration (schema)
/// order, UTF-8 with a byte-order mark (without it Excel reads ® and – as two odd characters each), CRLF line ends,
/// invariant-culture numbers, <c>yyyy-MM-dd</c> dates, ISO 8601 times, <c>true</c>/<c>false</c>, and an empty field
/// for null.
/// </summary>
public static class CsvRows
{
    public const string ContentType = "text/csv; charset=utf-8; header=present";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly ConcurrentDictionary<Type, ClassMap> Maps = new();

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        HasHeaderRecord = true,
    };

    public static async Task WriteAsync<T>(Stream body, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        await body.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
        await using var text = new StreamWriter(body, Utf8, bufferSize: 16 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(text, Configuration);
        // Converters first: the class map takes each member's converter from the context when it is built.
        Formats(csv.Context);
        csv.Context.RegisterClassMap(Maps.GetOrAdd(typeof(T), _ => HeaderMap<T>(csv.Context)));
        await csv.WriteRecordsAsync(rows, cancellationToken);
        await text.FlushAsync(cancellationToken);
    }

    /// <summary>The header names, as the JSON spells them (camelCase), in the order the record declares them.</summary>
    private static ClassMap HeaderMap<T>(CsvContext context)
    {
        var map = context.AutoMap<T>();
        foreach (var member in map.MemberMaps)
        {
            member.Name(JsonNamingPolicy.CamelCase.ConvertName(member.Data.Member!.Name));
        }
        return map;
    }

    private static void Formats(CsvContext context)
    {
        var dates = new TypeConverterOptions { Formats = ["yyyy-MM-dd"] };
        context.TypeConverterOptionsCache.AddOptions<DateOnly>(dates);
        context.TypeConverterOptionsCache.AddOptions<DateOnly?>(dates);
        // The JSON writer's form for whole-second UTC times (the records hold no fractions), e.g. 2026-11-30T06:00:00+00:00.
        var times = new TypeConverterOptions { Formats = ["yyyy-MM-dd'T'HH:mm:sszzz"] };
        context.TypeConverterOptionsCache.AddOptions<DateTimeOffset>(times);
        context.TypeConverterOptionsCache.AddOptions<DateTimeOffset?>(times);
        context.TypeConverterCache.AddConverter<bool>(new JsonStyleBoolean());
    }

    /// <summary><c>true</c>/<c>false</c>, as in the JSON, rather than .NET's <c>True</c>/<c>False</c>.</summary>
    private sealed class JsonStyleBoolean : BooleanConverter
    {
        public override string? ConvertToString(object? value, IWriterRow row, MemberMapData memberMapData) =>
            value is bool b ? (b ? "true" : "false") : base.ConvertToString(value, row, memberMapData);
    }
}
