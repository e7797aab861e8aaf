using InsiderRisk.Functions.Functions;
using InsiderRisk.Functions.Invocations;

namespace InsiderRisk.Functions.Tests.Invocations;

public sealed class HandlerWiringTests
{
    private static Task<InvocationResult> Nothing(InvocationContext context) => Task.FromResult(InvocationResult.Empty);

    [Theory]
    [InlineData("NotInCatalog", "is not a function of the catalog")]
    [InlineData("AlertsApi", "is an HTTP function")]
    public void A_handler_the_host_can_never_invoke_stops_the_start(string name, string reason)
    {
        using var factory = InvocationApp.With(new DelegateHandler(name, Nothing));

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains($"'{name}' {reason}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_handlers_for_one_function_stop_the_start()
    {
        using var factory = InvocationApp.With(new DelegateHandler("SweepOutbox", Nothing), new DelegateHandler("sweepoutbox", Nothing));

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("has 2 handlers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registered_names_resolve_to_their_catalog_definitions()
    {
        var functions = FunctionHandlerNames.Resolve(["RunCaseEffect", "recomputeriskscores"], FunctionCatalog.All);

        Assert.Equal([RunCaseEffectFunction.Definition, RecomputeRiskScoresFunction.Definition], functions);
    }
}
