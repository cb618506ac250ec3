using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PersonalCapitalService.SimpleFin.Access;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.SimpleFin;

/// <summary>The file of SimpleFIN access: one claim per token, expiry, revocation, a damaged file, concurrent claims.</summary>
public sealed class FileSimpleFinAccessStoreTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 2, 28, 23, 30, 0, TimeSpan.Zero));

    public void Dispose() => _folder.Dispose();

    private string FilePath => _folder.File("simplefin-access.json");

    private FileSimpleFinAccessStore NewStore() => new(FilePath, _clock, NullLogger<FileSimpleFinAccessStore>.Instance);

    [Fact]
    public async Task A_token_claims_once_into_a_credential_that_is_found_until_revoked()
    {
        using var store = NewStore();
        var token = await store.CreateSetupTokenAsync(_clock.GetUtcNow().AddHours(1), default);

        var issued = await store.ClaimAsync(token, "Actual/25.1", default);
        Assert.NotNull(issued);
        Assert.Null(await store.ClaimAsync(token, "Actual/25.1", default));

        Assert.Equal(issued.Credential.Id, (await store.FindActiveAsync(issued.Credential.Id, issued.Secret, default))?.Id);
        Assert.Null(await store.FindActiveAsync(issued.Credential.Id, issued.Secret + "x", default));
        Assert.Null(await store.FindActiveAsync("sfin-other", issued.Secret, default));

        // Another instance over the same file (the verb's process) sees it, and revokes it.
        using var other = NewStore();
        Assert.Equal("Actual/25.1", Assert.Single(await other.ListAsync(default)).Label);
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.True(await other.RevokeAsync(issued.Credential.Id, default));
        Assert.False(await other.RevokeAsync(issued.Credential.Id, default));

        Assert.Null(await store.FindActiveAsync(issued.Credential.Id, issued.Secret, default));
        Assert.Equal(_clock.GetUtcNow(), Assert.Single(await store.ListAsync(default)).RevokedAt);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        using var store = NewStore();
        var token = await store.CreateSetupTokenAsync(_clock.GetUtcNow().AddDays(1), default);

        _clock.Advance(TimeSpan.FromDays(1));

        Assert.Null(await store.ClaimAsync(token, null, default));
    }

    [Fact]
    public async Task Concurrent_claims_of_one_token_issue_one_credential()
    {
        using var store = NewStore();
        var token = await store.CreateSetupTokenAsync(_clock.GetUtcNow().AddHours(1), default);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.ClaimAsync(token, null, default))));

        Assert.Single(claims, c => c is not null);
        Assert.Single(await store.ListAsync(default));
    }

    [Fact]
    public async Task A_damaged_file_is_moved_aside_and_the_store_starts_empty()
    {
        await File.WriteAllTextAsync(FilePath, "{ not json");
        using var store = NewStore();

        Assert.Empty(await store.ListAsync(default));

        Assert.False(File.Exists(FilePath));
        Assert.Single(Directory.GetFiles(_folder.Path, "simplefin-access.json.corrupt.*"));
        await store.CreateSetupTokenAsync(_clock.GetUtcNow().AddHours(1), default);
        Assert.True(File.Exists(FilePath));
    }
}
