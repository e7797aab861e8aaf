namespace InsiderRisk.Functions.Platform.Settings;

/// <summary>The admin-managed settings document; reads are cheap (cached briefly), writes are Admin-only at the route.</summary>
public interface ISettingsStore
{
    Task<AppSettings> GetAsync(CancellationToken cancellationToken = default);

    Task SaveAsync(AppSettings settings, CancellationToken cancellationToken = default);
}
