using InsiderRisk.Functions.Hosting;
using Microsoft.AspNetCore.Http.Json;
using System.Text.Json.Serialization;

namespace InsiderRisk.Functions.Problems;

/// <summary>
/// Everything that goes wrong answers <c>application/problem+json</c> (RFC 9457): exceptions,
/// bodies over the limit, malformed JSON, unknown routes, wrong methods.
/// </summary>
public static class ProblemResponses
{
    public static IServiceCollection AddProblemResponses(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemDefaults.Complete);
        services.AddExceptionHandler<UnhandledExceptionHandler>();

        // Binding failures throw BadHttpRequestException (in every environment, not only Development)
        // so they reach the exception handler and answer a problem with the reason.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return services;
    }

    public static IApplicationBuilder UseProblemResponses(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        return app;
    }

    /// <summary>After routing: a path no endpoint matches is a 404, before authentication can answer 401.</summary>
    public static IApplicationBuilder UseNotFoundForUnmatchedRoutes(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.GetEndpoint() is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return next(context);
        });
}
