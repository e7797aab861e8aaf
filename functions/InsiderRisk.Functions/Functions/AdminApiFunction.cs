namespace InsiderRisk.Functions.Functions;

/// <summary>HTTP: <c>/api/admin/…</c> (risk recompute and its runs).</summary>
public static class AdminApiFunction
{
    /// <summary>
    /// The host refuses any route template that starts with the literal <c>admin</c> (it reserves
    /// <c>/admin</c> for its own API, whatever the route prefix), so the segment is matched by a
    /// constraint instead; requests still arrive at <c>/api/admin/…</c>.
    /// </summary>
    public static FunctionDefinition Definition { get; } =
        ApiFunction.WithRoute("AdminApi", "{area:regex(^admin$)}/{*path}");
}
