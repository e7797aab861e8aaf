using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace InsiderRisk.Integrations.Tests.Graph;

/// <summary>
/// App settings as the app reads them (<c>Graph__TenantId</c> arrives as <c>Graph:TenantId</c>), without
/// pulling a configuration provider package into the test project.
/// </summary>
internal sealed class TestConfiguration(IReadOnlyDictionary<string, string?> values, string path = "") : IConfigurationSection
{
    public string Key => path.Split(':')[^1];

    public string Path => path;

    public string? Value
    {
        get => values.TryGetValue(path, out var value) ? value : null;
        set => throw new NotSupportedException("Test configuration is read-only.");
    }

    public string? this[string key]
    {
        get => values.TryGetValue(Combine(key), out var value) ? value : null;
        set => throw new NotSupportedException("Test configuration is read-only.");
    }

    public static TestConfiguration Of(params (string Key, string? Value)[] settings) =>
        new(settings.ToDictionary(setting => setting.Key.Replace("__", ":", StringComparison.Ordinal), setting => setting.Value, StringComparer.OrdinalIgnoreCase));

    public IConfigurationSection GetSection(string key) => new TestConfiguration(values, Combine(key));

    public IEnumerable<IConfigurationSection> GetChildren()
    {
        var prefix = path.Length == 0 ? "" : path + ":";
        return values.Keys
            .Where(key => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && key.Length > prefix.Length)
            .Select(key => key[prefix.Length..].Split(':')[0])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(child => GetSection(child));
    }

    public IChangeToken GetReloadToken() => NullChangeToken.Instance;

    private string Combine(string key) => path.Length == 0 ? key : path + ":" + key;

    private sealed class NullChangeToken : IChangeToken
    {
        public static NullChangeToken Instance { get; } = new();

        public bool HasChanged => false;

        public bool ActiveChangeCallbacks => false;

        public IDisposable RegisterChangeCallback(Action<object?> callback, object? state) => EmptyDisposable.Instance;
    }

    private sealed class EmptyDisposable : IDisposable
    {
        public static EmptyDisposable Instance { get; } = new();

        public void Dispose()
        {
        }
    }
}
