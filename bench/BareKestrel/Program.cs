// The reference the benchmark compares the service with: Kestrel serving, at the same paths, the exact bytes the
// service answered (captured beforehand into a folder), with no authentication, logging or routing of its own.
// Usage: BareKestrel FOLDER --urls http://127.0.0.1:PORT ; FOLDER holds one file per path, '/' written as '_'.
var folder = args[0];
var bodies = Directory.GetFiles(folder).ToDictionary(f => "/" + Path.GetFileName(f).Replace('_', '/'), File.ReadAllBytes);
var builder = WebApplication.CreateSlimBuilder(args[1..]);
builder.Logging.ClearProviders();
var app = builder.Build();
app.Run(context =>
{
    if (!bodies.TryGetValue(context.Request.Path.Value ?? "", out var body))
    {
        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }
    context.Response.ContentType = "application/json; charset=utf-8";
    context.Response.ContentLength = body.Length;
    return context.Response.Body.WriteAsync(body).AsTask();
});
app.Run();
