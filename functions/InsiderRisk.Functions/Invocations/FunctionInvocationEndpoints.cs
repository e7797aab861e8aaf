using InsiderRisk.Functions.Functions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InsiderRisk.Functions.Invocations;

/// <summary>
/// The custom-handler side of non-HTTP functions: <c>POST /{FunctionName}</c> for each registered
/// handler, and nothing for a declared function without one (the host's call then meets a 404 problem).
/// Anonymous: only the host reaches them in Azure, where the app listens on loopback.
/// </summary>
public static class FunctionInvocationEndpoints
{
    public static IServiceCollection AddFunctionHandler<THandler>(this IServiceCollection services)
        where THandler : class, IFunctionHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IFunctionHandler, THandler>());
        return services;
    }

    public static IEndpointRouteBuilder MapFunctionInvocations(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        IReadOnlyList<FunctionDefinition> functions;
        using (var scope = endpoints.ServiceProvider.CreateScope())
        {
            var names = scope.ServiceProvider.GetServices<IFunctionHandler>().Select(handler => handler.FunctionName);
            functions = FunctionHandlerNames.Resolve(names, FunctionCatalog.All);
        }

        var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FunctionInvocationDispatcher));
        var group = endpoints.MapGroup(string.Empty).WithTags("Invocations").AllowAnonymous().ExcludeFromDescription();
        foreach (var function in functions)
        {
            group.MapPost($"/{function.Name}", (InvocationEnvelope envelope, HttpContext http) =>
                    FunctionInvocationDispatcher.InvokeAsync(function, envelope, http, logger))
                .WithName($"Invoke{function.Name}");
        }

        return endpoints;
    }
}
