using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Cases;

namespace InsiderRisk.Functions.Tests.Effects;

/// <summary>
/// The real case command path, except that the first recorded success throws as a process dying
/// right after the outside call would: the handler has run, the case has not heard of it.
/// </summary>
public sealed class FailingCaseCommands(ICaseCommands inner) : ICaseCommands
{
    private int failuresLeft = 1;

    public Task<CaseCommandResult> ExecuteAsync(CaseCommand command, CancellationToken cancellationToken = default)
    {
        if (command is CaseCommand.RecordEffectSucceeded && Interlocked.Decrement(ref failuresLeft) >= 0)
        {
            throw new IOException("The process died before the outcome was stored.");
        }

        return inner.ExecuteAsync(command, cancellationToken);
    }

    public Task<CaseState?> LoadAsync(CaseId caseId, CancellationToken cancellationToken = default) => inner.LoadAsync(caseId, cancellationToken);
}
