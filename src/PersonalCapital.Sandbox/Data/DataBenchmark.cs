using System.Diagnostics;
using System.Globalization;
using System.IO.Pipelines;
using PersonalCapital.Sandbox.Protocol;

namespace PersonalCapital.Sandbox.Data;

/// <summary>
/// <c>bench-data [--years N] [--volume N] [--seed N] [--today yyyy-MM-dd]</c>: generates a dataset,
/// serializes one full-range getUserTransactions the way the sandbox sends it, and prints the counts and the time
/// each step took.
/// </summary>
public static class DataBenchmark
{
    public const string Usage = "usage: bench-data [--years N] [--volume N] [--seed N] [--today yyyy-MM-dd]";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (!TryParse(args, out var options, out var error))
        {
            output.WriteLine(error);
            output.WriteLine(Usage);
            return 2;
        }

        var total = Stopwatch.StartNew();
        var step = Stopwatch.StartNew();
        var data = DemoDataset.Generate(options);
        var generateMs = step.Elapsed.TotalMilliseconds;

        step.Restart();
        var api = new DataApi(data, pageTransactions: false);
        var form = new FormValues([new("startDate", ""), new("endDate", data.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))]);
        var result = api.Handle("transaction/getUserTransactions", form);
        var handleMs = step.Elapsed.TotalMilliseconds;

        step.Restart();
        // The response path minus the socket: same writer and encoder, the bytes counted and dropped.
        var sink = PipeWriter.Create(Stream.Null);
        var bytes = await JsonResponses.WriteAsync(sink, result.SpData!, CancellationToken.None);
        await sink.CompleteAsync();
        var serializeMs = step.Elapsed.TotalMilliseconds;
        var returned = result.SpData!["transactions"]!.AsArray().Count;

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"options: seed={options.Seed} years={options.Years} volume={options.Volume} today={options.Today:yyyy-MM-dd}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"accounts={data.Accounts.Count} holdings={data.Holdings.Count} transactions={data.TransactionCount} returned={returned} bytes={bytes}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"generate_ms={generateMs:F0} handle_ms={handleMs:F0} serialize_ms={serializeMs:F0} total_ms={total.Elapsed.TotalMilliseconds:F0}"));
        return 0;
    }

    private static bool TryParse(string[] args, out DemoDataOptions options, out string? error)
    {
        int years = DemoDataOptions.DefaultYears, volume = DemoDataOptions.DefaultVolume, seed = DemoDataOptions.DefaultSeed;
        var today = DateOnly.FromDateTime(DateTime.Now);
        options = null!;
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Length)
            {
                error = $"missing value after {name}";
                return false;
            }
            var value = args[++i];
            var ok = name switch
            {
                "--years" => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out years),
                "--volume" => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out volume),
                "--seed" => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out seed),
                "--today" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today),
                _ => false,
            };
            if (!ok)
            {
                error = $"invalid option {name} {value}";
                return false;
            }
        }
        options = new DemoDataOptions(seed, years, volume, today);
        try
        {
            // The ranges are the generator's to decide.
            options.Validate();
        }
        catch (ArgumentOutOfRangeException outOfRange)
        {
            error = outOfRange.Message.ReplaceLineEndings(" ");
            return false;
        }
        return true;
    }
}
