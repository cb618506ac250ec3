using PersonalCapital.Client.Transport;

namespace PersonalCapital.Client.Tests.Transport;

/// <summary>Every format of the bootstrap csrf token seen since 2016 (upstream-protocol §3.1).</summary>
public sealed class CsrfScraperTests
{
    private const string Token = "3d60b6df-856c-438d-b3b1-f7dd1f1d0e39";

    [Theory]
    // 2016 – mid 2021, inside a jQuery ready block (the page PyPI personalcapital 1.0.1 scrapes).
    [InlineData("$(function(){ globals.csrf='3d60b6df-856c-438d-b3b1-f7dd1f1d0e39'; LOGIN.init({spHeader:{status:\"NONE\"}}); });")]
    // Nov 2021 – 2026: a space before the equals sign.
    [InlineData("<script type=\"text/javascript\">\n    window.csrf ='3d60b6df-856c-438d-b3b1-f7dd1f1d0e39';\n    window.userGuid ='';\n</script>")]
    // Pages rendered for an already authenticated session.
    [InlineData("<script>var csrf = '3d60b6df-856c-438d-b3b1-f7dd1f1d0e39';</script>")]
    [InlineData("window.csrf='3d60b6df-856c-438d-b3b1-f7dd1f1d0e39';")]
    [InlineData("window.csrf = \"3d60b6df-856c-438d-b3b1-f7dd1f1d0e39\";")]
    [InlineData("window.csrf\t=\t'3d60b6df-856c-438d-b3b1-f7dd1f1d0e39'")]
    public void Finds_the_token_in_every_page_format(string page)
    {
        Assert.Equal(Token, CsrfScraper.Find(page));
    }

    [Fact]
    public void Finds_the_token_in_a_whole_login_page()
    {
        var page = $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Sign In</title>
            <meta name="csrf-note" content="none here"></head>
            <body><div id="loginContainer" class="loading"></div>
            <script type="text/javascript">
              window.csrf ='{Token.ToUpperInvariant()}';
              window.userGuid ='';
            </script></body></html>
            """;

        Assert.Equal(Token.ToUpperInvariant(), CsrfScraper.Find(page));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><body><h1>Just a moment...</h1></body></html>")]
    [InlineData("window.csrf ='';")]
    [InlineData("window.csrf ='not-a-token';")]
    [InlineData("{\"spHeader\":{\"csrf\":\"3d60b6df-856c-438d-b3b1-f7dd1f1d0e39\"}}")]
    [InlineData("window.csrf = someVariable;")]
    public void Finds_nothing_where_there_is_no_token(string page)
    {
        Assert.Null(CsrfScraper.Find(page));
    }

    [Fact]
    public void Takes_the_first_token_of_a_page_that_has_several()
    {
        var page = $"globals.csrf='{Token}'; var other = 1; window.csrf ='aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';";

        Assert.Equal(Token, CsrfScraper.Find(page));
    }
}
