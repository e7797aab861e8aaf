using InsiderRisk.Domain.Access;
using InsiderRisk.Functions.Authentication;
using InsiderRisk.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Functions.Tests.Support;

/// <summary>
/// The whole app in memory on a fresh store: a temporary SQLite data directory by default, or an
/// Azurite started by the test class (<see cref="OnAzurite"/>). Clients carry Development-mode identities.
/// </summary>
public sealed class ApiFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    : AppFactory(settings, services)
{
    public ApiFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    public ApiFactory(Action<IServiceCollection> services)
        : this(new Dictionary<string, string?>(), services)
    {
    }

    /// <summary>The app on an Azurite the caller started (its tables are shared: use unique ids per test).</summary>
    public static ApiFactory OnAzurite(AzuriteServer azurite, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["AzureWebJobsStorage"] = azurite.ConnectionString,
        };
        return new ApiFactory(all, services);
    }

    /// <summary>A client whose every request carries <paramref name="user"/> and <paramref name="roles"/>.</summary>
    public HttpClient ClientAs(string user, params Role[] roles)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation(DevelopmentIdentity.UserHeader, user);
        if (roles.Length > 0)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation(DevelopmentIdentity.RolesHeader, string.Join(',', roles));
        }

        return client;
    }

    /// <summary>A client that carries no identity.</summary>
    public HttpClient Anonymous() => CreateClient();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();
}
