using System.Net;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Privacy;
using InsiderRisk.Functions.Platform.Access;
using InsiderRisk.Functions.Platform.Audit;
using InsiderRisk.Functions.Platform.Settings;
using InsiderRisk.Functions.Platform.Users;
using InsiderRisk.Functions.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace InsiderRisk.Functions.Tests.Platform;

public sealed class PlatformTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Audit_entries_come_back_by_time_window_actor_and_action_across_days_and_pages()
    {
        using var factory = new ApiFactory();
        var audit = factory.Get<IAuditLog>();
        for (var i = 0; i < 7; i++)
        {
            await audit.WriteAsync(new AuditEntry(Now.AddHours(i * 10), i % 2 == 0 ? "ana@contoso.test" : "ivan@contoso.test", i < 4 ? "case.note.add" : "user.reveal", $"IR-{i}", AuditOutcome.Succeeded));
        }

        var all = await ReadAll(audit, new AuditQuery(Now, Now.AddDays(3), PageSize: 2));
        Assert.Equal(["IR-0", "IR-1", "IR-2", "IR-3", "IR-4", "IR-5", "IR-6"], all.Select(e => e.Target));

        var ana = await ReadAll(audit, new AuditQuery(Now, Now.AddDays(3), Actor: "ana@contoso.test"));
        Assert.Equal(["IR-0", "IR-2", "IR-4", "IR-6"], ana.Select(e => e.Target));

        var reveals = await ReadAll(audit, new AuditQuery(Now.AddHours(45), Now.AddHours(61), Action: "user.reveal"));
        Assert.Equal(["IR-5", "IR-6"], reveals.Select(e => e.Target));
    }

    [Fact]
    public async Task A_foreign_continuation_token_is_refused()
    {
        using var factory = new ApiFactory();
        var audit = factory.Get<IAuditLog>();

        await Assert.ThrowsAsync<BadHttpRequestException>(() => audit.QueryAsync(new AuditQuery(Now, Now.AddDays(1), ContinuationToken: "bm90IG91cnM=")));
    }

    [Fact]
    public async Task Pseudonyms_are_stable_the_identity_map_reveals_and_views_follow_the_setting()
    {
        using var factory = new ApiFactory();
        var users = factory.Get<IUserDirectory>();
        var settings = factory.Get<ISettingsStore>();

        var pseudonym = await users.RememberAsync(new UserIdentity("Megan@Contoso.test", "Megan Bowen", "megan@contoso.test", "Sales", "Alex", "alex@contoso.test"));
        await users.RememberAsync(new UserIdentity("megan@contoso.test", null, null, null, null, null));

        Assert.Equal(pseudonym, users.Pseudonymize(" megan@contoso.test "));
        Assert.True(Pseudonymizer.IsPseudonym(pseudonym.Value));
        var revealed = await users.RevealAsync(pseudonym);
        Assert.Equal("Megan Bowen", revealed!.DisplayName);
        Assert.Equal("sales", revealed.Department!.ToLowerInvariant());

        var hidden = await users.ViewAsync(pseudonym);
        Assert.Equal(pseudonym.Value, hidden.Id);
        Assert.Null(hidden.Email);
        Assert.Null(await users.ResolveRouteUserAsync("megan@contoso.test"));
        Assert.Equal(pseudonym, await users.ResolveRouteUserAsync(pseudonym.Value));

        await settings.SaveAsync(await settings.GetAsync() with { PseudonymizeUsers = false });
        var shown = await users.ViewAsync(pseudonym);
        Assert.Equal("megan@contoso.test", shown.Id);
        Assert.Equal("megan@contoso.test", shown.Email);
        Assert.Equal(pseudonym, await users.ResolveRouteUserAsync("megan@contoso.test"));
    }

    [Fact]
    public async Task The_local_key_is_generated_once_and_kept_so_pseudonyms_survive_a_restart()
    {
        var directory = Path.Combine(Path.GetTempPath(), "insiderrisk-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?> { ["InsiderRisk:DataDirectory"] = directory };
        UserPseudonym first;
        using (var factory = new ApiFactory(settings))
        {
            first = factory.Get<IUserDirectory>().Pseudonymize("megan@contoso.test");
        }

        using (var again = new ApiFactory(settings))
        {
            Assert.Equal(first, again.Get<IUserDirectory>().Pseudonymize("megan@contoso.test"));
        }

        using var otherKey = new ApiFactory(new Dictionary<string, string?> { ["Privacy:Key"] = Convert.ToBase64String(new byte[32]) });
        Assert.NotEqual(first, otherKey.Get<IUserDirectory>().Pseudonymize("megan@contoso.test"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task A_denied_capability_answers_403_and_is_audited()
    {
        using var factory = new ApiFactory();
        var guard = factory.Get<IAccessGuard>();
        var http = new DefaultHttpContext { RequestServices = factory.Services };
        http.User = InsiderRisk.Functions.Authentication.PrincipalClaims.ToClaimsPrincipal(
            new Principal("aud@contoso.test", new HashSet<Role> { Role.Auditor }), "Development");

        var denied = await guard.DenyUnlessAllowedAsync(http, Capability.ActOnCase, "case.note.add", "IR-1");
        var allowed = await guard.DenyUnlessAllowedAsync(http, Capability.ReadAudit, "audit.read", "audit");

        Assert.Null(allowed);
        Assert.NotNull(denied);
        await denied.ExecuteAsync(http);
        Assert.Equal(StatusCodes.Status403Forbidden, http.Response.StatusCode);
        var entries = await factory.Get<IAuditLog>().QueryAsync(new AuditQuery(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5)));
        var entry = Assert.Single(entries.Items);
        Assert.Equal(("aud@contoso.test", "case.note.add", "IR-1", AuditOutcome.Denied), (entry.Actor, entry.Action, entry.Target, entry.Outcome));
    }

    private static async Task<List<AuditEntry>> ReadAll(IAuditLog audit, AuditQuery query)
    {
        var all = new List<AuditEntry>();
        string? token = null;
        do
        {
            var page = await audit.QueryAsync(query with { ContinuationToken = token });
            all.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);
        return all;
    }
}
