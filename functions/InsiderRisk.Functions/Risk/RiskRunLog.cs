using System.Globalization;

namespace InsiderRisk.Functions.Risk;

/// <summary>The invocation log line of a run slice: counts only, never a user.</summary>
internal static class RiskRunLog
{
    public static string Describe(string runId, RiskRunSlice slice) => string.Create(
        CultureInfo.InvariantCulture,
        $"Risk run {runId}: {slice.Outcome}; {slice.Run?.UsersScored ?? 0} of {slice.Run?.UsersTotal ?? 0} users scored, {slice.Run?.UsersRescored ?? 0} rescored.");
}
