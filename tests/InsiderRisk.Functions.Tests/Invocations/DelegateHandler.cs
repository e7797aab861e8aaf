using InsiderRisk.Functions.Invocations;

namespace InsiderRisk.Functions.Tests.Invocations;

/// <summary>A test-only handler whose behaviour each test supplies.</summary>
public sealed class DelegateHandler(string functionName, Func<InvocationContext, Task<InvocationResult>> handle) : IFunctionHandler
{
    public string FunctionName { get; } = functionName;

    public Task<InvocationResult> HandleAsync(InvocationContext context) => handle(context);
}
