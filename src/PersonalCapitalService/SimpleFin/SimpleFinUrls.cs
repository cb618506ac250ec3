using System.Text;

namespace PersonalCapitalService.SimpleFin;

/// <summary>
/// The addresses of the connect flow, all under one public base (<c>SimpleFin__PublicUrl</c>, or the request's own
/// address on the management page): the SimpleFIN root <c>{base}/simplefin</c>, claim URLs under it, setup tokens
/// (the Base64 of a claim URL) and access URLs (the root with credentials in its user info).
/// </summary>
internal sealed class SimpleFinUrls(Uri publicBase)
{
    public const string RootPath = "/simplefin";

    private readonly string _base = publicBase.GetLeftPart(UriPartial.Path).TrimEnd('/');

    /// <summary>The SimpleFIN root, as consumers see it (<c>org.sfin-url</c>).</summary>
    public string Root => _base + RootPath;

    public Uri PublicBase { get; } = publicBase;

    public string ClaimUrl(string setupToken) => $"{Root}/claim/{setupToken}";

    /// <summary>What the owner pastes into the app: the Base64 of the claim URL.</summary>
    public string SetupToken(string setupToken) => Convert.ToBase64String(Encoding.UTF8.GetBytes(ClaimUrl(setupToken)));

    /// <summary><c>https://USER:SECRET@HOST/…/simplefin</c>; user and secret are Base64url, so nothing needs escaping.</summary>
    public string AccessUrl(string username, string secret)
    {
        var root = new UriBuilder(Root) { UserName = username, Password = secret };
        return root.Uri.AbsoluteUri.TrimEnd('/');
    }

    /// <summary>From the request when no public URL is configured (the management page's default).</summary>
    public static SimpleFinUrls For(HttpRequest request, SimpleFinSettings settings) =>
        new(settings.PublicUrl ?? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}"));
}
