namespace InsiderRisk.Functions.Dashboard;

/// <summary>
/// Stops the app at startup when no <see cref="IAlertBacklog"/> is registered: a dashboard showing
/// zero alerts needing review because nobody counts them would be a silent lie.
/// </summary>
public sealed class AlertBacklogRequirement(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<IAlertBacklog>() is null)
        {
            throw new InvalidOperationException(
                $"No {nameof(IAlertBacklog)} is registered: the Alerts area must register its implementation (GET /api/dashboard reports alerts needing review).");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
