using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace PersonalCapitalService.LoginPage;

/// <summary>
/// Keeps the data-protection key ring in memory only. The keys protect nothing but the login page's antiforgery
/// tokens, which may as well die with the process: after a restart a form left open is refused with a clear message
/// and the page hands out a fresh one. No key file to guard, no key directory to mount.
/// </summary>
internal sealed class InMemoryKeyRepository : IXmlRepository
{
    private readonly Lock _gate = new();
    private readonly List<XElement> _elements = [];

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_gate)
        {
            return [.. _elements.Select(e => new XElement(e))];
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (_gate)
        {
            _elements.Add(new XElement(element));
        }
    }
}
