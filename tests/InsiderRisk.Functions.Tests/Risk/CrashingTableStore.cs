using InsiderRisk.Functions.Risk;
using InsiderRisk.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderRisk.Functions.Tests.Risk;

/// <summary>
/// The app's table store, except that after a set number of assessment writes every write throws, as
/// if the process died mid-run (nothing after that point is stored).
/// </summary>
public sealed class CrashingTableStore(ITableStore inner, CrashingTableStore.Switch crash) : ITableStore
{
    public static void Install(IServiceCollection services, Switch crash)
    {
        var original = services.Last(descriptor => descriptor.ServiceType == typeof(ITableStore) && !descriptor.IsKeyedService);
        services.Remove(original);
        services.Add(ServiceDescriptor.Describe(
            typeof(ITableStore),
            provider => new CrashingTableStore(Create(provider, original), crash),
            original.Lifetime));
    }

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

    private static ITableStore Create(IServiceProvider provider, ServiceDescriptor descriptor) =>
        descriptor.ImplementationInstance as ITableStore
        ?? (descriptor.ImplementationFactory is { } factory
            ? (ITableStore)factory(provider)
            : (ITableStore)ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));

    public sealed class Switch(int failAfterAssessments)
    {
        private int _assessments;
        private bool _armed = true;

        public void Disarm() => _armed = false;

        public void Check(string table)
        {
            if (_armed && (_assessments >= failAfterAssessments || (table == RiskTables.UserRisk && ++_assessments > failAfterAssessments)))
            {
                throw new InvalidOperationException("Simulated crash: the process died here.");
            }
        }
    }
}
