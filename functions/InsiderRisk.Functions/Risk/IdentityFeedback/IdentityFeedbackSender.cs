using System.Text.Json;
using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Platform.Audit;
using InsiderRisk.Functions.Platform.Settings;
using InsiderRisk.Functions.Platform.Users;
using InsiderRisk.Integrations.Effects;
using InsiderRisk.Integrations.Graph;
using InsiderRisk.Integrations.Sinks;
using InsiderRisk.Storage.Queues;

namespace InsiderRisk.Functions.Risk.IdentityFeedback;

/// <summary>
/// Makes a user's due Entra ID Protection calls (from <c>ApplyRiskFeedback</c>). The directory id comes
/// from the identity map here only and is neither logged nor stored. Sent, recorded by the local sink
/// (Graph not configured), failed for good or skipped (setting off) ends the request with an audit
/// entry; a retryable failure keeps it pending and queues the user's <c>risk-feedback</c> message again,
/// invisible until Graph's <c>Retry-After</c> (or a backoff) has passed.
/// </summary>
public sealed partial class IdentityFeedbackSender(
    IdentityFeedbackLedger ledger,
    ISettingsStore settings,
    IUserDirectory directory,
    IntegrationHandlerSet integrations,
    IQueueStore queues,
    IAuditLog audit,
    TimeProvider time,
    ILogger<IdentityFeedbackSender> logger)
{
    /// <summary>Retryable failures in a row before the request is given up as Failed (about a day with the backoff).</summary>
    public const int MaxAttempts = 12;

    /// <summary>How long the sweeper leaves a due request to its own message before sending one again.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(2);

    /// <summary>Sends what is due for the user; returns a line for the invocation log (empty when nothing was pending).</summary>
    public async Task<string> SendDueAsync(UserPseudonym user, CancellationToken cancellationToken)
    {
        var pending = await ledger.PendingForAsync(user, cancellationToken);
        var now = time.GetUtcNow();
        var due = pending.Where(request => request.IsDue(now)).ToList();
        if (due.Count == 0)
        {
            return string.Empty;
        }

        var enabled = (await settings.GetAsync(cancellationToken)).Integrations.IdentityFeedbackEnabled;
        var outcomes = new List<string>();
        TimeSpan? retryIn = null;
        foreach (var request in due)
        {
            var (outcome, deferred) = await SendOneAsync(request, enabled, now, cancellationToken);
            outcomes.Add($"{IdentityFeedbackCall.Verb(request.Action)} {outcome}");
            if (deferred?.NextAttemptAt is { } next)
            {
                retryIn = retryIn is { } earlier && earlier < next - now ? earlier : next - now;
            }
        }

        if (retryIn is { } delay)
        {
            await QueueUserAsync(user, delay, cancellationToken);
        }

        return $" Identity Protection: {string.Join(", ", outcomes)}.";
    }

    /// <summary>The sweeper's part: a pending request whose message may have been lost is queued again; returns how many users.</summary>
    public async Task<int> ResendStaleAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var users = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var request in ledger.AllPendingAsync(cancellationToken))
        {
            if (now - (request.NextAttemptAt ?? request.RequestedAt) >= Grace)
            {
                users.Add(request.User.Value);
            }
        }

        foreach (var user in users)
        {
            await QueueUserAsync(new UserPseudonym(user), null, cancellationToken);
        }

        return users.Count;
    }

    private async Task<(string Outcome, PendingIdentityFeedback? Deferred)> SendOneAsync(
        PendingIdentityFeedback request, bool enabled, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var described = IdentityFeedbackCall.Describe(request.Action, request.User);
        if (!enabled)
        {
            return await FinishAsync(request, new(IdentityFeedbackStatus.Skipped, "none", "not sent: identity feedback was turned off before the call was made", described, now), cancellationToken);
        }

        if (integrations.RiskFeedback is not { } client)
        {
            return await FinishAsync(request, new(IdentityFeedbackStatus.Recorded, LocalSinkHandler.LocalSinkChannel, "local sink: Graph is not configured (Graph__TenantId / Graph__ClientId); the call was recorded, not sent", described, now), cancellationToken);
        }

        var attempt = request with { Attempts = request.Attempts + 1 };
        if ((await directory.RevealAsync(request.User, cancellationToken))?.Id is not { Length: > 0 } directoryId)
        {
            return await FinishAsync(attempt, new(IdentityFeedbackStatus.Failed, "graph", "no directory identity is known for the user", described, now), cancellationToken);
        }

        var outcome = request.Action == IdentityFeedbackAction.Dismiss
            ? await client.DismissAsync([directoryId], cancellationToken)
            : await client.ConfirmCompromisedAsync([directoryId], cancellationToken);
        switch (outcome)
        {
            case RiskFeedbackOutcome.Sent:
                return await FinishAsync(attempt, new(IdentityFeedbackStatus.Sent, "graph", $"Entra ID Protection accepted {IdentityFeedbackCall.Verb(request.Action)}", described, now), cancellationToken);
            case RiskFeedbackOutcome.Failed { Permanent: false } failed when attempt.Attempts < MaxAttempts:
                var deferred = attempt with { LastError = failed.Error, NextAttemptAt = now + (failed.RetryAfter ?? Backoff(attempt.Attempts)) };
                await ledger.DeferAsync(deferred, cancellationToken);
                LogDeferred(logger, request.User.Value, IdentityFeedbackCall.Verb(request.Action), attempt.Attempts, deferred.NextAttemptAt!.Value);
                return ("retry", deferred);
            case RiskFeedbackOutcome.Failed failed:
                var detail = failed.Permanent ? failed.Error : $"gave up after {attempt.Attempts} attempts: {failed.Error}";
                return await FinishAsync(attempt, new(IdentityFeedbackStatus.Failed, "graph", detail, described, now), cancellationToken);
            default:
                throw new InvalidOperationException($"Unknown Identity Protection outcome {outcome.GetType().Name}.");
        }
    }

    private async Task<(string Outcome, PendingIdentityFeedback? Deferred)> FinishAsync(PendingIdentityFeedback request, IdentityFinish finish, CancellationToken cancellationToken)
    {
        await ledger.FinishAsync(request, finish, cancellationToken);
        var succeeded = finish.Status is IdentityFeedbackStatus.Sent or IdentityFeedbackStatus.Recorded;
        await audit.WriteAsync(
            new AuditEntry(finish.At, CaseNote.SystemAuthor, IdentityFeedbackCall.AuditAction(request.Action), request.User.Value, succeeded ? AuditOutcome.Succeeded : AuditOutcome.Failed, $"{finish.Status}: {finish.Detail}"),
            cancellationToken);
        LogFinished(logger, request.User.Value, IdentityFeedbackCall.Verb(request.Action), finish.Status.ToString(), finish.Channel);
        return (finish.Status.ToString(), null);
    }

    private Task QueueUserAsync(UserPseudonym user, TimeSpan? delay, CancellationToken cancellationToken)
    {
        var visible = delay is { } wait && wait > TimeSpan.Zero ? (wait > QueueRules.MaxVisibility ? QueueRules.MaxVisibility : wait) : (TimeSpan?)null;
        return queues.SendAsync(RiskTables.FeedbackQueue, JsonSerializer.Serialize(new RiskFeedbackMessage(user.Value), RiskJson.Options), visible, cancellationToken: cancellationToken);
    }

    /// <summary>30 s doubling, at most an hour, when Graph gave no <c>Retry-After</c>.</summary>
    private static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Math.Max(0, attempts - 1))));

    [LoggerMessage(Level = LogLevel.Information, Message = "Identity Protection {Verb} for {User}: {Status} ({Channel}).")]
    private static partial void LogFinished(ILogger logger, string user, string verb, string status, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Identity Protection {Verb} for {User} failed (attempt {Attempt}); retried at {NextAttemptAt:O}.")]
    private static partial void LogDeferred(ILogger logger, string user, string verb, int attempt, DateTimeOffset nextAttemptAt);
}
