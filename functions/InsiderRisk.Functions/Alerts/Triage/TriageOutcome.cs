using InsiderRisk.Domain;
using InsiderRisk.Domain.Cases;

namespace InsiderRisk.Functions.Alerts.Triage;

/// <summary>How a confirm or dismiss ended; the API turns each into its status code.</summary>
public abstract record TriageOutcome
{
    private TriageOutcome()
    {
    }

    /// <summary><paramref name="Created"/>: the request opened the case (201), rather than adding to one (200).</summary>
    public sealed record Confirmed(CaseId CaseId, bool Created) : TriageOutcome;

    public sealed record Dismissed(IReadOnlyList<AlertId> AlertIds) : TriageOutcome;

    public sealed record NotFound(IReadOnlyList<AlertId> AlertIds) : TriageOutcome;

    /// <summary>The alerts' state forbids the move (409): already triaged elsewhere, dismissed, or reserved by another request.</summary>
    public sealed record Conflict(string Detail, IReadOnlyDictionary<string, string[]> Errors) : TriageOutcome;

    /// <summary>The request breaks a rule of the request itself (400), e.g. alerts of several users in one confirm.</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : TriageOutcome;

    /// <summary>The case refused the command (its error maps to 400/404/409).</summary>
    public sealed record Refused(DomainError Error) : TriageOutcome;
}
