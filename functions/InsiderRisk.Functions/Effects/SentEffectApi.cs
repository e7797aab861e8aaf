using InsiderRisk.Domain;
using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Authentication;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Platform.Access;
using InsiderRisk.Functions.Platform.Audit;
using InsiderRisk.Functions.Platform.Settings;
using InsiderRisk.Integrations.Sinks;

namespace InsiderRisk.Functions.Effects;

/// <summary>
/// What an effect sent, as its channel recorded it: the way to see, on a machine with no integrations
/// configured, the email the local sink kept instead of sending. Viewing follows the case; a notice
/// (addressed to the investigated person) shows their real address, so while users are pseudonymized
/// it is an identity reveal: Investigators only, and audited.
/// </summary>
public static class SentEffectApi
{
    public const string ViewAction = "case.effect.sent.view";

    public static IEndpointRouteBuilder MapSentEffectApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup("/api/cases/{caseId}/effects/{effectId}/sent")
            .WithTags("Cases")
            .MapGet(string.Empty, GetSentAsync)
            .WithName("GetSentEffect")
            .WithSummary("What an effect sent or created, as its channel (a real service or the local sink) recorded it.");
        return endpoints;
    }

    public static async Task<IResult> GetSentAsync(
        string caseId,
        string effectId,
        HttpContext http,
        ICaseCommands cases,
        IAccessGuard guard,
        EffectDeliveryLog deliveries,
        ISentMessageReader sentMessages,
        ISinkRecordStore sinkRecords,
        ISettingsStore settings,
        IAuditLog audit,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(guard);
        ArgumentNullException.ThrowIfNull(deliveries);
        ArgumentNullException.ThrowIfNull(sentMessages);
        ArgumentNullException.ThrowIfNull(sinkRecords);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(time);
        var state = await cases.LoadAsync(new CaseId(caseId), cancellationToken);
        var access = state is null ? null : new CaseAccess(state.CaseId, state.Contributors);
        if (await guard.DenyUnlessAllowedAsync(http, Capability.ViewCases, ViewAction, caseId, access, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (state?.FindEffect(new EffectId(effectId)) is not { } effect)
        {
            return NotFound($"Case '{caseId}' has no effect '{effectId}'.");
        }

        if (await deliveries.FindAsync(state.CaseId, effect.EffectId, cancellationToken) is not { } delivery)
        {
            return NotFound($"Effect '{effectId}' has not run yet.");
        }

        var revealsUser = effect.Kind == EffectKind.SendNotice && (await settings.GetAsync(cancellationToken)).PseudonymizeUsers;
        if (revealsUser && await guard.DenyUnlessAllowedAsync(http, Capability.RevealIdentity, ViewAction, caseId, access, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }

        var sent = (await sentMessages.ListAsync(state.CaseId, cancellationToken)).FirstOrDefault(message => message.EffectId == effect.EffectId);
        var record = await sinkRecords.FindAsync(state.CaseId, effect.EffectId, cancellationToken);
        if (revealsUser)
        {
            await audit.WriteAsync(
                new AuditEntry(time.GetUtcNow(), http.GetPrincipal().UserId, ViewAction, caseId, AuditOutcome.Succeeded, $"effect {effectId}: an email to the case's user"),
                cancellationToken);
        }

        return TypedResults.Ok(new SentEffectView(
            effect.EffectId.Value,
            effect.Kind,
            effect.Status,
            delivery.Attempt,
            delivery.Channel,
            delivery.Detail,
            delivery.RecordedAt,
            sent is null ? null : new SentEmailView(sent.Sender, sent.To, sent.Cc, sent.Bcc, sent.Subject, sent.Body),
            record is null ? null : new SentRequestView(RequestJson(record.Request), record.Result, record.RecordedAt)));
    }

    private static System.Text.Json.JsonElement RequestJson(string request)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(request);
            return document.RootElement.Clone();
        }
        catch (System.Text.Json.JsonException)
        {
            return System.Text.Json.JsonSerializer.SerializeToElement(request);
        }
    }

    private static IResult NotFound(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
