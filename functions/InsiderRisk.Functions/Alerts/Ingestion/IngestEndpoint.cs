using System.Globalization;
using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Functions.Alerts.Http;
using InsiderRisk.Functions.Authentication;
using InsiderRisk.Functions.Platform.Access;
using InsiderRisk.Functions.Platform.Audit;
using InsiderRisk.Functions.Telemetry;

namespace InsiderRisk.Functions.Alerts.Ingestion;

/// <summary>
/// <c>POST /api/alerts</c>: one alert or an array of up to 1,000 → 202 <c>{accepted, duplicates}</c>; any
/// invalid item → 400 with every problem by field and nothing stored. Alert pipelines call it with the
/// Analyst app role (the one <c>infra/app-roles.json</c> lets applications hold), so it needs
/// <see cref="Capability.TriageAlerts"/>.
/// </summary>
public static class IngestEndpoint
{
    public const string Action = "alert.ingest";

    public static RouteGroupBuilder MapAlertIngest(this RouteGroupBuilder group)
    {
        group.MapPost(string.Empty, IngestAsync)
            .WithName("IngestAlerts")
            .WithSummary("Stores one alert or an array of up to 1,000; known alert ids are duplicates and change nothing.")
            .Accepts<object>("application/json");
        return group;
    }

    public static async Task<IResult> IngestAsync(
        HttpContext http, IAccessGuard guard, AlertIngestion ingestion, IAuditLog audit, ITelemetryEvents telemetry, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await guard.DenyUnlessAllowedAsync(http, Capability.TriageAlerts, Action, "alerts", cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        var (body, problem) = await JsonBody.ReadAsync(http.Request, cancellationToken);
        if (body is not { } json)
        {
            telemetry.AlertsIngested(0, 0, AlertDelivery.ItemCount(null));
            return problem!;
        }

        var now = time.GetUtcNow();
        var validation = AlertDelivery.Validate(json, now);
        if (validation is not Validation<IReadOnlyList<Alert>>.Valid { Value: var alerts })
        {
            telemetry.AlertsIngested(0, 0, AlertDelivery.ItemCount(json));
            return ApiProblems.Invalid(((Validation<IReadOnlyList<Alert>>.Invalid)validation).Errors);
        }

        var result = await ingestion.IngestAsync(alerts, cancellationToken);
        await audit.WriteAsync(new AuditEntry(now, http.GetPrincipal().UserId, Action, AuditTargets.Alerts(alerts.Select(a => a.AlertId.Value)),
            AuditOutcome.Succeeded, string.Create(CultureInfo.InvariantCulture, $"{result.Accepted.Count} stored, {result.Duplicates.Count} duplicates")), cancellationToken);
        return TypedResults.Accepted((string?)null, result);
    }
}
