using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace InsiderRisk.Functions.Problems;

/// <summary>
/// Turns an exception into a problem. A <see cref="BadHttpRequestException"/> is the caller's fault
/// (malformed JSON, wrong content type, body too large) and keeps its 4xx status and message; any
/// other exception is a 500 that says nothing of its internals, logged with the correlation id the
/// answer carries. The log names the route template, never the path: it may carry a user id.
/// </summary>
public sealed partial class UnhandledExceptionHandler(
    IProblemDetailsService problems, ILogger<UnhandledExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var correlationId = CorrelationId.Of(httpContext);
        var route = (httpContext.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)";
        ProblemDetails problem;
        if (exception is BadHttpRequestException badRequest)
        {
            LogRejected(logger, badRequest.StatusCode, httpContext.Request.Method, route, correlationId);
            problem = new ProblemDetails { Status = badRequest.StatusCode, Detail = badRequest.Message };
        }
        else
        {
            LogFailed(logger, exception, httpContext.Request.Method, route, correlationId);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Detail = $"The request failed on our side. Quote correlation id {correlationId} when reporting it.",
            };
        }

        httpContext.Response.StatusCode = problem.Status.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected a malformed request with {Status} on {Method} {Route} (correlation id {CorrelationId}).")]
    private static partial void LogRejected(ILogger logger, int status, string method, string route, string correlationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Route} (correlation id {CorrelationId}).")]
    private static partial void LogFailed(ILogger logger, Exception exception, string method, string route, string correlationId);
}
