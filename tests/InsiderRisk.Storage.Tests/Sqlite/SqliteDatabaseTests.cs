using InsiderRisk.Storage.Sqlite;
using InsiderRisk.Storage.Tables;
using Microsoft.Data.Sqlite;
using static InsiderRisk.Storage.Tests.Contract.Builders;

namespace InsiderRisk.Storage.Tests.Sqlite;

/// <summary>The database file: durable across reopening, WAL, and safe under parallel use from one process.</summary>
public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly string directory = Builders.TempDirectory();

    public void Dispose() => Builders.DeleteDirectory(directory);

    [Fact]
    public async Task Tables_and_queues_survive_closing_and_reopening_the_directory()
    {
        using (var database = SqliteDatabase.OpenDirectory(directory))
        {
            var tables = new SqliteTableStore(database);
            await tables.CreateTableIfNotExistsAsync("Kept");
            await tables.InsertAsync("Kept", Entity("p", "r", ("V", 7L)));
            var queues = new SqliteQueueStore(database);
            await queues.CreateQueueIfNotExistsAsync("kept");
            await queues.SendAsync("kept", "still here");
        }

        using var reopened = SqliteDatabase.OpenDirectory(directory);

        Assert.True(File.Exists(Path.Combine(directory, SqliteDatabase.FileName)));
        Assert.Equal(7L, (await new SqliteTableStore(reopened).GetAsync("Kept", "p", "r"))!.GetInt64("V"));
        Assert.Equal("still here", Assert.Single(await new SqliteQueueStore(reopened).ReceiveAsync("kept", 1, TimeSpan.FromMinutes(1))).Text);
    }

    [Fact]
    public void The_file_is_in_write_ahead_log_mode()
    {
        using (SqliteDatabase.OpenDirectory(directory))
        {
            using var connection = new SqliteConnection($"Data Source={Path.Combine(directory, SqliteDatabase.FileName)};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode";

            Assert.Equal("wal", command.ExecuteScalar());
        }
    }

    [Fact]
    public async Task Parallel_writers_and_readers_see_only_whole_batches()
    {
        using var database = SqliteDatabase.OpenDirectory(directory);
        var store = new SqliteTableStore(database);
        await store.CreateTableIfNotExistsAsync("Busy");

        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var b = 0; b < 10; b++)
            {
                var batch = Enumerable.Range(0, 10).Select(i => TableOperation.Insert(Entity($"w{w}", $"b{b:D2}-{i}"))).ToList();
                await store.SubmitBatchAsync("Busy", batch);
            }
        }));
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 20; i++)
            {
                var seen = await store.All("Busy");
                Assert.Equal(0, seen.Count % 10);
            }
        }));
        await Task.WhenAll(writers.Concat(readers));

        Assert.Equal(800, (await store.All("Busy")).Count);
    }

    [Fact]
    public async Task An_in_memory_database_is_private_to_its_name_and_gone_when_disposed()
    {
        const string name = "private-name-test";
        using (var first = SqliteDatabase.OpenInMemory(name))
        {
            await new SqliteTableStore(first).CreateTableIfNotExistsAsync("Mine");
            using var other = Builders.InMemory();
            await ThrowsStorage(StorageErrorKind.NotFound, () => new SqliteTableStore(other).GetAsync("Mine", "p", "r"));
        }

        using var again = SqliteDatabase.OpenInMemory(name);
        await ThrowsStorage(StorageErrorKind.NotFound, () => new SqliteTableStore(again).GetAsync("Mine", "p", "r"));
    }
}
