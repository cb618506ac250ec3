using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PersonalCapitalService.Tests.Support;

/// <summary>A page component rendered to HTML as the server renders it, without a server: for tests of its markup.</summary>
internal static class ComponentHtml
{
    public static async Task<string> RenderAsync<TComponent>(object model) where TComponent : IComponent
    {
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = model })))
                .ToHtmlString());
    }
}
