namespace InsiderRisk.Functions.Functions;

/// <summary>Re-enqueues stuck case effects and fires due case timers, on the <c>Sweeper__Schedule</c> setting.</summary>
public static class SweepOutboxFunction
{
    public static FunctionDefinition Definition { get; } =
        new("SweepOutbox", new TriggerBinding.Timer("timer", "%Sweeper__Schedule%"));
}
