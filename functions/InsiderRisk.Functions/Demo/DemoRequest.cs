namespace InsiderRisk.Functions.Demo;

/// <summary>Whether this start should load the demo data: <c>--demo</c> on the command line or <c>InsiderRisk:Demo=true</c>.</summary>
public sealed record DemoRequest(bool Requested)
{
    public const string Switch = "--demo";
    public const string Setting = "InsiderRisk:Demo";

    /// <summary>
    /// The arguments for the host's configuration: without the switch, which has no value and would
    /// otherwise swallow the argument after it (<c>--demo --urls X</c> would lose <c>--urls</c>).
    /// </summary>
    public static string[] HostArguments(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return [.. args.Where(arg => !string.Equals(arg, Switch, StringComparison.OrdinalIgnoreCase))];
    }

    public static DemoRequest From(IReadOnlyList<string> args, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configuration);
        var fromArgs = args.Any(arg => string.Equals(arg, Switch, StringComparison.OrdinalIgnoreCase));
        var fromSettings = bool.TryParse(configuration[Setting], out var on) && on;
        return new DemoRequest(fromArgs || fromSettings);
    }
}
