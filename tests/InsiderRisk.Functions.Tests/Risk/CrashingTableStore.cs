using InsiderRisk.Functions.Risk;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Functions.Tests.Risk;

/// <summary>
/// The app's table store, except that after a set number of assessment writes every write throws, as
/// if the process died mid-run (nothing after that point is stored; writes already under way finish).
/// </summary>
public static class CrashingTableStore
{
    public static void Install(IServiceCollection services, Switch crash)
    {
        ArgumentNullException.ThrowIfNull(crash);
        WriteHookTableStore.Install(services, crash.Check);
    }

    public sealed class Switch(int failAfterAssessments)
    {
        private int _assessments;
        private bool _armed = true;

        public void Disarm() => Volatile.Write(ref _armed, false);

        // Users are scored several at once: the count is shared by concurrent writers.
        public void Check(string table)
        {
            if (Volatile.Read(ref _armed) && (Volatile.Read(ref _assessments) >= failAfterAssessments
                || (table == RiskTables.UserRisk && Interlocked.Increment(ref _assessments) > failAfterAssessments)))
            {
                throw new InvalidOperationException("Simulated crash: the process died here.");
            }
        }
    }
}
