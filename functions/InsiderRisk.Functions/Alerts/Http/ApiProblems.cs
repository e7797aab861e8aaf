using InsiderRisk.Domain.Alerts;

namespace InsiderRisk.Functions.Alerts.Http;

/// <summary>The problem answers of the alert routes, each with a detail a caller can act on.</summary>
public static class ApiProblems
{
    public static IResult Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: "The request has invalid fields: see errors.");

    public static IResult Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static IResult Invalid(FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return Invalid(errors.ToDictionary());
    }

    public static IResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult Conflict(string detail, IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.Problem(
            detail,
            statusCode: StatusCodes.Status409Conflict,
            title: "Conflict",
            extensions: errors.Count == 0 ? null : new Dictionary<string, object?> { ["errors"] = errors });

    public static IResult UnsupportedMediaType() =>
        TypedResults.Problem(
            "The request body must be JSON (Content-Type: application/json).",
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "Unsupported media type");
}
