using PersonalCapital.Client.Credentials;

namespace PersonalCapital.Client.Tests.Credentials;

public class UpstreamCredentialsTests
{
    [Fact]
    public void ToString_shows_the_username_but_not_the_password()
    {
        var credentials = new UpstreamCredentials("someone@example.com", "pa55-w0rd-made-up");

        var text = credentials.ToString();

        Assert.Contains("someone@example.com", text);
        Assert.DoesNotContain("pa55-w0rd-made-up", text);
        Assert.DoesNotContain("pa55-w0rd-made-up", $"{credentials}");
    }
}
