using InsiderRisk.Functions.Risk;
using InsiderRisk.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Functions.Tests.Risk;

/// <summary>
/// The app's table store, except that after a set number of assessment writes every write throws, as
/// if the process died mid-run (nothing after that point is stored; writes already under way finish).
/// </summary>
public sealed class CrashingTableStore(ITableStore inner, CrashingTableStore.Switch crash) : ITableStore
{
    public static void Install(IServiceCollection services, Switch crash) =>
        TableStoreDecorator.Install(services, inner => new CrashingTableStore(inner, crash));

    public Task CreateTableIfNotExistsAsync(string table, CancellationToken cancellationToken = default) =>
        inner.CreateTableIfNotExistsAsync(table, cancellationToken);

    public Task<TableEntity?> GetAsync(string table, string partitionKey, string rowKey, IReadOnlyList<string>? select = null, CancellationToken cancellationToken = default) =>
        inner.GetAsync(table, partitionKey, rowKey, select, cancellationToken);

    public Task<TablePage> QueryPageAsync(string table, TableQuery query, CancellationToken cancellationToken = default) =>
        inner.QueryPageAsync(table, query, cancellationToken);

    public Task<string?> ExecuteAsync(string table, TableOperation operation, CancellationToken cancellationToken = default)
    {
        crash.Check(table);
        return inner.ExecuteAsync(table, operation, cancellationToken);
    }

    public Task<IReadOnlyList<string?>> SubmitBatchAsync(string table, IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken = default)
    {
        crash.Check(table);
        return inner.SubmitBatchAsync(table, operations, cancellationToken);
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
