using System.Text.Json;
using System.Text.Json.Serialization;
using InsiderRisk.Domain.Access;
using InsiderRisk.Functions.Authentication;
using InsiderRisk.Functions.Platform.Audit;
using InsiderRisk.Functions.Platform.Settings;
using Microsoft.AspNetCore.Mvc;

namespace InsiderRisk.Functions.Admin;

/// <summary>
/// <c>GET</c>/<c>PUT /api/settings</c>, Admin only. PUT replaces the whole document: a field left out
/// takes its default, so clients GET, change, and PUT back. Unknown fields are refused (a typo
/// would otherwise silently reset a setting).
/// </summary>
public static class SettingsEndpoints
{
    public const string ReadAction = "settings.read";
    public const string PutAction = "settings.put";

    private static readonly JsonSerializerOptions RequestJson = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static async Task<IResult> GetAsync([AsParameters] AdminServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (await services.Guard.DenyUnlessAllowedAsync(services.Http, Capability.Administer, ReadAction, "settings", cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        return TypedResults.Ok(await services.Settings.GetAsync(cancellationToken));
    }

    public static async Task<IResult> PutAsync([FromBody] JsonElement? body, [AsParameters] AdminServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (await services.Guard.DenyUnlessAllowedAsync(services.Http, Capability.Administer, PutAction, "settings", cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        if (!JsonBody.TryRead<AppSettings>(body, RequestJson, out var settings, out var readErrors))
        {
            return TypedResults.ValidationProblem(readErrors, detail: "The settings document is invalid.");
        }

        var errors = SettingsRules.Validate(settings!);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), detail: "The settings document is invalid.");
        }

        await services.Settings.SaveAsync(settings!, cancellationToken);
        await services.Audit.WriteAsync(
            new AuditEntry(services.Clock.GetUtcNow(), services.Http.GetPrincipal().UserId, PutAction, "settings", AuditOutcome.Succeeded),
            cancellationToken);
        return TypedResults.Ok(settings);
    }
}
