using InsiderRisk.Domain;
using InsiderRisk.Storage;
using InsiderRisk.Storage.Tables;

namespace InsiderRisk.Functions.Risk.IdentityFeedback;

/// <summary>
/// Table <c>IdentityFeedback</c>. Requests still to send live in partition <c>pending</c>
/// (RowKey <c>{user}|{action}-{reference}</c>), so the sweeper finds them without a scan; a finished
/// request moves to its user's partition (RowKey <c>{action}-{reference}</c>; Status, Channel, Attempts,
/// Detail, Request, RequestedAt, CompletedAt). The move writes the final row first: a crash in
/// between leaves a pending row whose call is simply made again (both Graph actions are idempotent).
/// </summary>
public sealed class IdentityFeedbackLedger(ITableStore tables)
{
    public const string Table = "IdentityFeedback";
    public const string PendingPartition = "pending";

    /// <summary>Adds the request unless it is already pending or finished; true when added.</summary>
    public async Task<bool> RequestAsync(PendingIdentityFeedback request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await FindFinishedAsync(request.User, request.Key, cancellationToken) is not null)
        {
            return false;
        }

        try
        {
            await tables.InsertAsync(Table, Row(request), cancellationToken);
            return true;
        }
        catch (StorageException exception) when (exception.Kind == StorageErrorKind.Conflict)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<PendingIdentityFeedback>> PendingForAsync(UserPseudonym user, CancellationToken cancellationToken)
    {
        var query = new TableQuery { PartitionKey = PendingPartition, Filter = TableFilter.RowKeyStartsWith(user.Value + "|") };
        var pending = new List<PendingIdentityFeedback>();
        await foreach (var row in tables.QueryAsync(Table, query, cancellationToken))
        {
            pending.Add(Read(row));
        }

        return pending;
    }

    /// <summary>Every pending request (the sweeper's list: a few rows, each removed once finished).</summary>
    public async IAsyncEnumerable<PendingIdentityFeedback> AllPendingAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in tables.QueryAsync(Table, new TableQuery { PartitionKey = PendingPartition }, cancellationToken))
        {
            yield return Read(row);
        }
    }

    public Task DeferAsync(PendingIdentityFeedback request, CancellationToken cancellationToken) =>
        tables.UpsertAsync(Table, Row(request), cancellationToken);

    public async Task FinishAsync(PendingIdentityFeedback request, IdentityFinish finish, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(finish);
        var row = new TableEntity(request.User.Value, request.Key)
        {
            ["Action"] = request.Action.ToString(),
            ["Reference"] = request.Reference,
            ["Status"] = finish.Status.ToString(),
            ["Channel"] = finish.Channel,
            ["Attempts"] = request.Attempts,
            ["Detail"] = Bounded(finish.Detail),
            ["Request"] = finish.Request,
            ["RequestedAt"] = request.RequestedAt,
            ["CompletedAt"] = finish.At,
        };
        await tables.UpsertAsync(Table, row, cancellationToken);
        try
        {
            await tables.ExecuteAsync(Table, TableOperation.Delete(PendingPartition, PendingKey(request)), cancellationToken);
        }
        catch (StorageException exception) when (exception.Kind == StorageErrorKind.NotFound)
        {
            // Another delivery finished it first.
        }
    }

    public async Task<TableEntity?> FindFinishedAsync(UserPseudonym user, string key, CancellationToken cancellationToken) =>
        await tables.GetAsync(Table, user.Value, key, cancellationToken: cancellationToken);

    private static string PendingKey(PendingIdentityFeedback request) => $"{request.User.Value}|{request.Key}";

    private static string Bounded(string text) => text.Length <= 4_000 ? text : text[..4_000];

    private static TableEntity Row(PendingIdentityFeedback request)
    {
        var row = new TableEntity(PendingPartition, PendingKey(request))
        {
            ["User"] = request.User.Value,
            ["Action"] = request.Action.ToString(),
            ["Reference"] = request.Reference,
            ["RequestedAt"] = request.RequestedAt,
            ["Attempts"] = request.Attempts,
        };
        if (request.LastError is { } error)
        {
            row["LastError"] = Bounded(error);
        }

        if (request.NextAttemptAt is { } next)
        {
            row["NextAttemptAt"] = next;
        }

        return row;
    }

    private static PendingIdentityFeedback Read(TableEntity row) => new(
        new UserPseudonym(row.GetString("User") ?? string.Empty),
        Enum.TryParse<IdentityFeedbackAction>(row.GetString("Action"), out var action) ? action : throw new InvalidDataException($"Identity feedback row {row.RowKey} has no known action."),
        row.GetString("Reference") ?? string.Empty,
        row.GetDateTime("RequestedAt") ?? DateTimeOffset.MinValue,
        row.GetInt32("Attempts") ?? 0,
        row.GetString("LastError"),
        row.GetDateTime("NextAttemptAt"));
}
