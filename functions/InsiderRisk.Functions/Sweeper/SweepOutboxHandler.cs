using InsiderRisk.Functions.Dashboard;
using InsiderRisk.Functions.Functions;
using InsiderRisk.Functions.Invocations;
using InsiderRisk.Functions.Telemetry;

namespace InsiderRisk.Functions.Sweeper;

/// <summary>
/// <c>SweepOutbox</c> (timer, <c>Sweeper__Schedule</c>): sweeps the outbox and the pending identity
/// feedback, then reports the triage
/// backlog (<c>TriageBacklog</c>) for the operations workbook. Resolves its services per invocation, so
/// listing the handlers at startup builds nothing.
/// </summary>
public sealed class SweepOutboxHandler(IServiceProvider services) : IFunctionHandler
{
    public string FunctionName => SweepOutboxFunction.Definition.Name;

    public async Task<InvocationResult> HandleAsync(InvocationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await services.GetRequiredService<OutboxSweeper>().SweepAsync(context.CancellationToken);
        var identityUsers = await services.GetRequiredService<Risk.IdentityFeedback.IdentityFeedbackSender>().ResendStaleAsync(context.CancellationToken);
        if (services.GetService<IAlertBacklog>() is { } backlog)
        {
            var counts = await backlog.NeedsReviewAsync(context.CancellationToken);
            services.GetRequiredService<ITelemetryEvents>().TriageBacklog(counts);
        }

        return InvocationResult.Empty.WithLog(
            $"Swept the outbox: {result.Resent} effects sent again, {result.Cleared} finished rows cleared, {result.ReadModelsRebuilt} read models rebuilt, {result.Republished} appends sent for publishing again, {identityUsers} users' identity feedback queued again.");
    }
}
