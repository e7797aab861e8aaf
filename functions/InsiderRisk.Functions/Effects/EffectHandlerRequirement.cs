namespace InsiderRisk.Functions.Effects;

/// <summary>
/// Stops the app at startup when an effect kind has no handler: such effects would sit pending until
/// given up, which is a wiring mistake to see at once, not a week later on a case.
/// </summary>
public sealed class EffectHandlerRequirement(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var missing = scope.ServiceProvider.GetRequiredService<EffectHandlers>().Missing;
        return missing.Count == 0
            ? Task.CompletedTask
            : throw new InvalidOperationException(
                $"No effect handler is registered for {string.Join(", ", missing)}: register the integrations (real or local sink) for every effect kind.");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
