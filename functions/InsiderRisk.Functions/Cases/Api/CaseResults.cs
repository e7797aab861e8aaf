using InsiderRisk.Domain.Alerts;
using InsiderRisk.Domain.Cases;
using InsiderRisk.Functions.Platform.Problems;

namespace InsiderRisk.Functions.Cases.Api;

/// <summary>The problem answers the case routes share.</summary>
public static class CaseResults
{
    public static IResult NotFound(string caseId) => DomainProblems.ToResult(CaseErrors.CaseNotFound(new Domain.CaseId(caseId)));

    public static IResult Invalid(FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return TypedResults.ValidationProblem(
            new Dictionary<string, string[]>(errors.ToDictionary(), StringComparer.Ordinal),
            detail: "The request has invalid fields; nothing was stored.",
            title: "Invalid request");
    }

    /// <summary>
    /// A rule the decider refused. Invalid input it names a field for answers like any validation
    /// problem (per-field <c>errors</c>); the rest keeps <see cref="DomainProblems"/>' mapping.
    /// </summary>
    public static IResult Refused(DomainError error, IReadOnlyDictionary<string, string>? fieldsByCode = null)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.Kind == DomainErrorKind.Invalid && fieldsByCode?.GetValueOrDefault(error.Code) is { } field)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [error.Message] },
                detail: error.Message,
                title: "Invalid request",
                extensions: new Dictionary<string, object?> { ["code"] = error.Code });
        }

        return DomainProblems.ToResult(error);
    }
}
