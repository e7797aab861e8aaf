using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace InsiderRisk.Functions.Problems;

/// <summary>
/// Fills what a bare status leaves out of a problem: a detail for the statuses the pipeline itself
/// answers (no route, wrong method, no identity) and the correlation id on every problem.
/// Details never repeat the path: it may carry a user id.
/// </summary>
public static class ProblemDefaults
{
    public static void Complete(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        problem.Type ??= "about:blank";
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status ?? context.HttpContext.Response.StatusCode);
        problem.Detail ??= DetailFor(problem.Status, context.HttpContext);
        problem.Extensions[CorrelationId.Extension] = CorrelationId.Of(context.HttpContext);
    }

    private static string? DetailFor(int? status, HttpContext context) => status switch
    {
        StatusCodes.Status401Unauthorized => "No caller identity came with the request.",
        StatusCodes.Status403Forbidden => "The caller's roles do not allow this action.",
        StatusCodes.Status404NotFound => context.GetEndpoint() is null
            ? "No API route matches the request's path."
            : "The requested resource does not exist.",
        StatusCodes.Status405MethodNotAllowed => string.Create(CultureInfo.InvariantCulture,
            $"{context.Request.Method} is not allowed here; allowed: {context.Response.Headers[HeaderNames.Allow]}."),
        StatusCodes.Status415UnsupportedMediaType => "The request body must be JSON (Content-Type: application/json).",
        _ => null,
    };
}
