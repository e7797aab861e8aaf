using InsiderRisk.Functions.Functions;
using InsiderRisk.Functions.Invocations;

namespace InsiderRisk.Functions.Alerts.Ingestion;

/// <summary>
/// The <c>IngestAlerts</c> function's handler. Handlers are built at startup (to map their routes) and
/// per invocation, so this one only names the function and resolves <see cref="AlertMessageIngest"/>
/// when a message arrives: building it would need the pseudonymization key, which a starting app
/// must not demand before its first alert.
/// </summary>
public sealed class IngestAlertsHandler(IServiceProvider services) : IFunctionHandler
{
    public string FunctionName => IngestAlertsFunction.Definition.Name;

    public Task<InvocationResult> HandleAsync(InvocationContext context) =>
        services.GetRequiredService<AlertMessageIngest>().HandleAsync(context);
}
