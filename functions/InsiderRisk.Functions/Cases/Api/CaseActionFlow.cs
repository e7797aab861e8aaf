using InsiderRisk.Domain;
using InsiderRisk.Domain.Access;
using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Authentication;

namespace InsiderRisk.Functions.Cases.Api;

/// <summary>
/// The shape every case command route shares: gate (load + access) → read the Idempotency-Key and the
/// body (400 with per-field errors, nothing stored) → run and audit → map a refusal → answer.
/// </summary>
public sealed class CaseActionFlow(CaseGate gate, CaseCommandRunner runner, CaseRequestHistory history)
{
    public CaseRequestHistory History => history;

    public async Task<IResult> RunAsync(CaseActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (http, caseId, action) = (request.Http, request.CaseId, request.Action);
        var entered = await gate.EnterAsync(http, caseId, request.Capability, action, cancellationToken);
        if (entered.Refusal is { } refusal)
        {
            return refusal;
        }

        var errors = new FieldErrors();
        var requestId = IdempotencyKey.Read(http.Request, action, errors);
        var stamp = new CommandStamp(new CaseId(caseId), runner.Now, http.GetPrincipal().UserId, requestId);
        var command = await request.Build(errors, entered.State!, stamp);
        if (errors.HasErrors || command is null)
        {
            await runner.RejectedAsync(http, action, caseId, cancellationToken);
            return CaseResults.Invalid(errors);
        }

        var result = await runner.RunAsync(http, action, command, cancellationToken);
        return result.Error is { } error
            ? CaseResults.Refused(error, request.FieldsByCode)
            : await request.Answer(result, stamp);
    }
}

/// <summary>
/// One command route: <see cref="Build"/> checks the body (adding field errors) and makes the command;
/// <see cref="Answer"/> turns the outcome into the response; <see cref="FieldsByCode"/> names the field
/// behind each Invalid domain error code.
/// </summary>
public sealed record CaseActionRequest(
    HttpContext Http,
    string CaseId,
    string Action,
    Capability Capability,
    Func<FieldErrors, CaseState, CommandStamp, Task<CaseCommand?>> Build,
    Func<CaseCommandResult, CommandStamp, Task<IResult>> Answer,
    IReadOnlyDictionary<string, string>? FieldsByCode = null);
