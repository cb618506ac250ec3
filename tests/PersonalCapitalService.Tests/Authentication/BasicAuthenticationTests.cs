using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Authentication;

public sealed class BasicAuthenticationTests
{
    [Fact]
    public async Task Without_credentials_a_browser_gets_a_real_401_challenge()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);
        using var anonymous = service.NewClient(null, null);

        foreach (var path in new[] { "", "accounts", "trans/30", "holdings", "health/ready" })
        {
            using var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            var challenge = Assert.Single(response.Headers.WwwAuthenticate);
            Assert.Equal("Basic", challenge.Scheme);
            Assert.Contains("realm=\"PersonalCapitalService\"", challenge.Parameter);
        }
        Assert.Equal(0, sandbox.Stats["/api/newaccount/getAccounts"]);
    }

    [Fact]
    public async Task The_right_credentials_get_the_jenkins_hello_and_wrong_ones_a_401()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);

        using var hello = await service.Client.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, hello.StatusCode);
        Assert.Equal("HELLO WORLD!!!!", await hello.Content.ReadAsStringAsync());

        using var wrongPassword = service.NewClient(RunningService.BasicUser, "not-the-password");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongPassword.GetAsync("")).StatusCode);
        using var wrongUser = service.NewClient("someone-else", RunningService.BasicPassword);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongUser.GetAsync("")).StatusCode);
    }

    [Fact]
    public async Task Repeated_failures_from_one_address_are_throttled_with_retry_after_then_let_through_again()
    {
        var clock = TestSandbox.NewClock();
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox, new Dictionary<string, string?>
        {
            ["BasicAuth:MaxFailures"] = "3",
            ["BasicAuth:BlockDuration"] = "00:05:00",
        }, clock);
        using var attacker = service.NewClient(RunningService.BasicUser, "guess");

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await attacker.GetAsync("")).StatusCode);
        }
        using var blocked = await service.Client.GetAsync("");
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Equal("application/problem+json", blocked.Content.Headers.ContentType?.MediaType);
        Assert.InRange(blocked.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 290, 300);

        // One fail2ban-friendly line per failure and one for the block, each ending with the address.
        var lines = service.Logs.Lines.Where(l => l.Contains("Basic authentication failed", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, lines.Count);
        Assert.All(lines, l => Assert.Matches("from 127\\.0\\.0\\.1 *$", l));
        Assert.DoesNotContain(service.Logs.Lines, l => l.Contains("guess", StringComparison.Ordinal));

        clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync("")).StatusCode);
    }

    [Fact]
    public async Task Throttling_one_address_leaves_other_addresses_alone()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox, new Dictionary<string, string?>
        {
            ["BasicAuth:MaxFailures"] = "2",
            ["BasicAuth:AllowInsecureHttp"] = "true",
        });

        async Task<HttpStatusCode> FromAsync(string address, string password)
        {
            using var client = service.NewClient(RunningService.BasicUser, password);
            client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
            using var response = await client.GetAsync("");
            return response.StatusCode;
        }

        await FromAsync("203.0.113.7", "guess");
        await FromAsync("203.0.113.7", "guess");
        Assert.Equal(HttpStatusCode.TooManyRequests, await FromAsync("203.0.113.7", RunningService.BasicPassword));
        Assert.Equal(HttpStatusCode.OK, await FromAsync("198.51.100.4", RunningService.BasicPassword));
    }

    [Fact]
    public async Task Plain_http_from_another_machine_is_refused_unless_a_tls_proxy_says_https_or_it_is_allowed()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var strict = await RunningService.StartAsync(sandbox);

        // Loopback is the trusted proxy by default, so X-Forwarded-* stand for the real client.
        using var remotePlain = strict.NewClient(RunningService.BasicUser, RunningService.BasicPassword);
        remotePlain.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");
        using var refused = await remotePlain.GetAsync("");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Contains("BasicAuth__AllowInsecureHttp", problem["detail"]!.GetValue<string>());

        using var remoteTls = strict.NewClient(null, null);
        remoteTls.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");
        remoteTls.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        using var challenged = await remoteTls.GetAsync("");
        Assert.Equal(HttpStatusCode.Unauthorized, challenged.StatusCode);
        Assert.Equal("Basic", Assert.Single(challenged.Headers.WwwAuthenticate).Scheme);

        using var liveProbe = await remotePlain.GetAsync("health/live");
        Assert.Equal(HttpStatusCode.OK, liveProbe.StatusCode);

        await using var relaxed = await RunningService.StartAsync(sandbox, new Dictionary<string, string?> { ["BasicAuth:AllowInsecureHttp"] = "true" });
        using var allowed = relaxed.NewClient(RunningService.BasicUser, RunningService.BasicPassword);
        allowed.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");
        Assert.Equal(HttpStatusCode.OK, (await allowed.GetAsync("")).StatusCode);
    }

    [Fact]
    public async Task Over_https_a_caller_from_another_address_gets_the_basic_challenge_and_then_data()
    {
        using var folder = new TemporaryFolder();
        using (var key = System.Security.Cryptography.RSA.Create(2048))
        {
            var request = new System.Security.Cryptography.X509Certificates.CertificateRequest(
                "CN=localhost", key, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            await File.WriteAllBytesAsync(folder.File("test.pfx"), certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "made-up"));
        }
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox, new Dictionary<string, string?>
        {
            ["Kestrel:Certificates:Default:Path"] = folder.File("test.pfx"),
            ["Kestrel:Certificates:Default:Password"] = "made-up",
        }, url: "https://127.0.0.1:0");
        Assert.Equal("https", service.BaseAddress.Scheme);
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator };
        using var remote = new HttpClient(handler) { BaseAddress = service.BaseAddress };
        // Direct TLS; the (trusted, loopback) proxy header only makes the caller look remote.
        remote.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");

        using var challenged = await remote.GetAsync("");
        Assert.Equal(HttpStatusCode.Unauthorized, challenged.StatusCode);
        Assert.Equal("Basic", Assert.Single(challenged.Headers.WwwAuthenticate).Scheme);

        remote.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{RunningService.BasicUser}:{RunningService.BasicPassword}")));
        Assert.Equal(HttpStatusCode.OK, (await remote.GetAsync("")).StatusCode);
    }

    [Fact]
    public async Task Missing_basic_credentials_stop_the_start_with_a_clear_message()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => RunningService.StartAsync(sandbox,
            new Dictionary<string, string?> { ["BasicAuth:Username"] = null, ["BasicAuth:Password"] = null }));
        Assert.Contains("BasicAuth__Username", failure.Message);
    }
}
