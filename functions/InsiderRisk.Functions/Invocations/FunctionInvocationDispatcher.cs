using InsiderRisk.Functions.Functions;
using InsiderRisk.Functions.Problems;
using InsiderRisk.Functions.Telemetry;
using Microsoft.AspNetCore.Http.HttpResults;

namespace InsiderRisk.Functions.Invocations;

/// <summary>
/// Runs one host invocation: checks the envelope, finds the handler by name, checks the outputs it
/// sets against the function's bindings. Any failure answers non-2xx with a problem, so the host
/// fails the invocation (retry, then poison / dead-letter) instead of completing it.
/// </summary>
public static partial class FunctionInvocationDispatcher
{
    public static async Task<Results<Ok<InvocationResponse>, ValidationProblem, ProblemHttpResult>> InvokeAsync(
        FunctionDefinition function, InvocationEnvelope envelope, HttpContext http, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(http);
        if (InvalidEnvelope(envelope) is { } errors)
        {
            return TypedResults.ValidationProblem(errors, "The invocation envelope is not what the Functions host sends.");
        }

        var handler = http.RequestServices.GetServices<IFunctionHandler>()
            .FirstOrDefault(candidate => string.Equals(candidate.FunctionName, function.Name, StringComparison.OrdinalIgnoreCase));
        if (handler is null)
        {
            return TypedResults.Problem($"No handler is registered for function '{function.Name}'.", statusCode: StatusCodes.Status404NotFound);
        }

        var metadata = envelope.Metadata is { ValueKind: System.Text.Json.JsonValueKind.Object } raw ? new InvocationMetadata(raw) : InvocationMetadata.None;
        var context = new InvocationContext(function, envelope.Data!.Value, metadata, http.RequestAborted);
        var correlationId = CorrelationId.Of(http);
        InvocationResult result;
        try
        {
            result = await handler.HandleAsync(context);
        }
        catch (InvalidTriggerPayloadException exception)
        {
            LogInvalidPayload(logger, function.Name, metadata.DequeueCount, correlationId, exception.Message);
            ReportIfLastDelivery(function, metadata, http);
            return TypedResults.Problem(exception.Message, statusCode: StatusCodes.Status400BadRequest, title: "Invalid trigger payload");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            LogFailed(logger, exception, function.Name, metadata.DequeueCount, correlationId);
            ReportIfLastDelivery(function, metadata, http);
            return TypedResults.Problem(
                $"Function '{function.Name}' failed. Quote correlation id {correlationId} when reporting it.",
                statusCode: StatusCodes.Status500InternalServerError);
        }

        var undeclared = result.Outputs.Keys.Where(name => function.Outputs.All(output => output.Name != name)).ToList();
        if (undeclared.Count > 0)
        {
            LogUndeclaredOutputs(logger, function.Name, string.Join(", ", undeclared), correlationId);
            return TypedResults.Problem(
                $"Function '{function.Name}' set outputs it does not declare: {string.Join(", ", undeclared)}. Quote correlation id {correlationId}.",
                statusCode: StatusCodes.Status500InternalServerError);
        }

        return TypedResults.Ok(InvocationResponse.From(result));
    }

    /// <summary>
    /// Under the host the host moves the message, so the app sees it go only here: a failed last
    /// delivery (<see cref="PoisonLimits.LastDelivery"/>) sends <c>MessagePoisoned</c> for its queue.
    /// </summary>
    private static void ReportIfLastDelivery(FunctionDefinition function, InvocationMetadata metadata, HttpContext http)
    {
        if (PoisonLimits.QueueOf(function.Trigger) is { } queue && PoisonLimits.IsLastDelivery(function.Trigger, metadata.DequeueCount))
        {
            http.RequestServices.GetRequiredService<ITelemetryEvents>().MessagePoisoned(queue);
        }
    }

    private static Dictionary<string, string[]>? InvalidEnvelope(InvocationEnvelope envelope)
    {
        var errors = new Dictionary<string, string[]>();
        if (envelope.Data is not { ValueKind: System.Text.Json.JsonValueKind.Object })
        {
            errors["Data"] = ["Data must be an object of the trigger and input values, keyed by binding name."];
        }

        if (envelope.Metadata is { ValueKind: not (System.Text.Json.JsonValueKind.Object or System.Text.Json.JsonValueKind.Null) })
        {
            errors["Metadata"] = ["Metadata, when present, must be an object."];
        }

        return errors.Count == 0 ? null : errors;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Function {Function} rejected its trigger payload (delivery {DequeueCount}, correlation id {CorrelationId}): {Reason}")]
    private static partial void LogInvalidPayload(ILogger logger, string function, int? dequeueCount, string correlationId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Function {Function} failed (delivery {DequeueCount}, correlation id {CorrelationId}).")]
    private static partial void LogFailed(ILogger logger, Exception exception, string function, int? dequeueCount, string correlationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Function {Function} set undeclared outputs {Outputs} (correlation id {CorrelationId}).")]
    private static partial void LogUndeclaredOutputs(ILogger logger, string function, string outputs, string correlationId);
}
