using System.Text.Json;
using InsiderRisk.Functions.Functions;
using InsiderRisk.Functions.Invocations;
using InsiderRisk.Storage.Queues;

namespace InsiderRisk.Functions.LocalRun;

/// <summary>
/// Runs a registered <see cref="IFunctionHandler"/> in its own scope, as the host's invocation would,
/// and writes what it sets on its output bindings: Storage queue outputs to that queue, Service Bus
/// queue outputs to the local queue that stands in for it. Throws when the handler fails.
/// </summary>
public sealed partial class LocalFunctionInvoker(IServiceScopeFactory scopes, IQueueStore queues, ILogger<LocalFunctionInvoker> logger)
{
    public async Task<InvocationResult> InvokeAsync(FunctionDefinition function, JsonElement data, JsonElement metadata, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(function);
        await using var scope = scopes.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetServices<IFunctionHandler>()
            .FirstOrDefault(candidate => string.Equals(candidate.FunctionName, function.Name, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No handler is registered for function '{function.Name}'.");
        var result = await handler.HandleAsync(new InvocationContext(function, data, new InvocationMetadata(metadata), cancellationToken));
        await WriteOutputsAsync(function, result, cancellationToken);
        return result;
    }

    private async Task WriteOutputsAsync(FunctionDefinition function, InvocationResult result, CancellationToken cancellationToken)
    {
        var undeclared = result.Outputs.Keys.Where(name => function.Outputs.All(output => output.Name != name)).ToList();
        if (undeclared.Count > 0)
        {
            throw new InvalidOperationException($"Function '{function.Name}' set outputs it does not declare: {string.Join(", ", undeclared)}.");
        }

        foreach (var output in function.Outputs)
        {
            if (!result.Outputs.TryGetValue(output.Name, out var value) || value is null)
            {
                continue;
            }

            var queue = output switch
            {
                OutputBinding.Queue storage => storage.QueueName,
                OutputBinding.ServiceBusQueue bus => LocalTriggers.LocalQueueFor(bus.QueueName),
                _ => null,
            };
            if (queue is null)
            {
                LogNotDelivered(logger, function.Name, output.Name);
                continue;
            }

            await queues.CreateQueueIfNotExistsAsync(queue, cancellationToken);
            foreach (var text in OutputMessages.Of(value))
            {
                await queues.SendAsync(queue, text, cancellationToken: cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Function {Function} output {Binding} has no local destination (a Service Bus topic); not delivered in the local run.")]
    private static partial void LogNotDelivered(ILogger logger, string function, string binding);
}
