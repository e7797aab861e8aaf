using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Authentication;
using InsiderRisk.Functions.Platform.Audit;

namespace InsiderRisk.Functions.Cases.Api;

/// <summary>Runs a caller's case command and audits it, whatever the outcome.</summary>
public sealed class CaseCommandRunner(ICaseCommands cases, IAuditLog audit, TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow();

    public async Task<CaseCommandResult> RunAsync(HttpContext http, string action, CaseCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var result = await cases.ExecuteAsync(command, cancellationToken);
        var outcome = result.Succeeded ? AuditOutcome.Succeeded : AuditOutcome.Failed;
        var detail = result.Error?.Code ?? (result.Events.Count == 0 ? "repeat" : null);
        await WriteAsync(http, action, command.CaseId.Value, outcome, detail, cancellationToken);
        return result;
    }

    /// <summary>A command refused before it reached the case (invalid input): audited as failed, nothing stored.</summary>
    public Task RejectedAsync(HttpContext http, string action, string caseId, CancellationToken cancellationToken) =>
        WriteAsync(http, action, caseId, AuditOutcome.Failed, "invalid-input", cancellationToken);

    private Task WriteAsync(HttpContext http, string action, string caseId, AuditOutcome outcome, string? detail, CancellationToken cancellationToken) =>
        audit.WriteAsync(new AuditEntry(time.GetUtcNow(), http.GetPrincipal().UserId, action, caseId, outcome, detail), cancellationToken);
}
