using Microsoft.Extensions.Logging;

namespace InsiderRisk.Integrations.Graph;

/// <summary>What the Graph handlers log: effect ids, resource ids and outcomes; never owners, users or tokens.</summary>
internal static partial class GraphLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Effect {EffectId}: found team {TeamId} created by an earlier attempt")]
    public static partial void FoundExistingTeam(ILogger logger, string effectId, string teamId);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Effect {EffectId}: team creation accepted, operation {Operation}")]
    public static partial void TeamCreationAccepted(ILogger logger, string effectId, string operation);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Effect {EffectId}: team {TeamId} created")]
    public static partial void TeamCreated(ILogger logger, string effectId, string teamId);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Effect {EffectId}: team {TeamId} archived ({How})")]
    public static partial void TeamArchived(ILogger logger, string effectId, string teamId, string how);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information, Message = "Effect {EffectId}: eDiscovery case {ExternalCaseId} ({How})")]
    public static partial void InvestigationReady(ILogger logger, string effectId, string externalCaseId, string how);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Warning, Message = "Effect {EffectId}: {Kind} attempt {Attempt} failed (permanent: {Permanent}): {Error}")]
    public static partial void AttemptFailed(ILogger logger, string effectId, string kind, int attempt, bool permanent, string error);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Information, Message = "Identity Protection {Action} sent for {Count} user(s)")]
    public static partial void RiskFeedbackSent(ILogger logger, string action, int count);

    [LoggerMessage(EventId = 4108, Level = LogLevel.Warning, Message = "Identity Protection {Action} failed (permanent: {Permanent}): {Error}")]
    public static partial void RiskFeedbackFailed(ILogger logger, string action, bool permanent, string error);
}
