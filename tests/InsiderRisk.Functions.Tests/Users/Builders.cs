using System.Text.Json;
using InsiderRisk.Functions.Platform.Audit;
using InsiderRisk.Functions.Tests.Risk;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Functions.Tests.Users;

internal static class Builders
{
    public const string Investigator = "investigator@contoso.test";

    public static HttpContent Reveal(string? reason) =>
        Tests.Builders.Json(reason is null ? "{}" : JsonSerializer.Serialize(new { reason }));

    /// <summary>Today's audit entries of one action.</summary>
    public static async Task<IReadOnlyList<AuditEntry>> AuditAsync(RiskApp app, string action)
    {
        var now = app.Clock.GetUtcNow();
        var page = await app.Services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery(now.AddDays(-1), now.AddDays(1), Action: action, PageSize: 1000));
        return page.Items;
    }
}
