using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Alerts.Http;
using InsiderRisk.Functions.Cases;
using InsiderRisk.Functions.Platform.Access;

namespace InsiderRisk.Functions.Alerts.CaseViews;

/// <summary>
/// The front every case list route (alerts, activities, content) shares: the case gate
/// (<see cref="CaseAccessCheck"/>: 403 or 404), then the route's query parsed (400 with every field in
/// error), and only then the listing itself, with the case's state and the parsed query.
/// </summary>
internal static class CaseListGate
{
    public static async Task<IResult> ListAsync<TQuery>(
        HttpContext http,
        IAccessGuard guard,
        ICaseCommands cases,
        string caseId,
        Capability capability,
        string action,
        Func<FieldErrors, TQuery> parse,
        Func<CaseState, TQuery, Task<IResult>> list,
        CancellationToken cancellationToken)
    {
        var (state, problem) = await CaseAccessCheck.LoadAsync(http, guard, cases, caseId, capability, action, cancellationToken);
        if (state is null)
        {
            return problem!;
        }

        var errors = new FieldErrors();
        var query = parse(errors);
        return errors.HasErrors ? ApiProblems.Invalid(errors) : await list(state, query);
    }
}
