// TEMPORARY STUB — not committed; replaced by the wt-data branch.
using System.Text.Json.Nodes;
using PersonalCapital.Sandbox.Protocol;
namespace PersonalCapital.Sandbox.Data;
public sealed record DemoDataOptions(int Seed, int Years, int Volume, DateOnly Today);
public sealed class DemoDataset { public DemoDataOptions Options { get; private init; } = null!; public int TransactionCount => 0;
  public static DemoDataset Generate(DemoDataOptions o) => new() { Options = o }; }
public sealed record DataError(int Code, string Message, string? FieldName);
public sealed record DataResult(JsonNode? SpData, DataError? Error);
public sealed class DataApi(DemoDataset data, bool pageTransactions) {
  public static IReadOnlyCollection<string> Paths { get; } = ["newaccount/getAccounts", "newaccount/getAccounts2", "transaction/getUserTransactions"];
  public DataResult Handle(string path, FormValues form) => new(new JsonObject { ["networth"] = 1.5, ["accounts"] = new JsonArray(), ["p"] = pageTransactions, ["y"] = data.Options.Years }, null); }
public static class DataBenchmark { public static int Run(string[] args, TextWriter output) { output.WriteLine(args.Length); return 0; } }
