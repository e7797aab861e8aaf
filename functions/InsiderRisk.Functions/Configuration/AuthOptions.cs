namespace InsiderRisk.Functions.Configuration;

/// <summary><c>Auth__Mode</c>: <c>EasyAuth</c> or <c>Development</c>.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Defaults to Development locally and EasyAuth in Azure (see the options registration).</summary>
    public string? Mode { get; set; }

    /// <summary>The mode when <see cref="Mode"/> names one exactly (case-insensitive); numbers are not names.</summary>
    public AuthMode? ParsedMode =>
        Enum.GetValues<AuthMode>().Select(mode => (AuthMode?)mode)
            .FirstOrDefault(mode => string.Equals(mode.ToString(), Mode?.Trim(), StringComparison.OrdinalIgnoreCase));
}
