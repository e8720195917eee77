using Hotline.BuildingBlocks.Storage;
using Hotline.Storage.ContractTests.Support;
using Npgsql;

namespace Hotline.Storage.ContractTests.Batching;

/// <summary>
/// Issue 14: a batch runs the statements that name a row they lock in the order of that name, so the batches of several
/// writers (several silos delivering to the same liaisons' unread counters) never wait on each other in a circle.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class BatchLockOrderTests(SiloFixture fixture)
{
    [Fact]
    public async Task I14_ABatch_RunsStatementsWithoutALockKeyFirst_ThenTheOthersInTheirKeysOrder()
    {
        await using var dataSource = NpgsqlDataSource.Create(fixture.Silo.ConnectionString);
        var sequence = $"lock_order_{Guid.NewGuid():N}";
        await Execute(dataSource, $"create sequence {sequence}");
        var batcher = new StatementBatcher(dataSource, writers: 1);
        await using (var busy = await BusyWriter.Hold(dataSource, batcher))
        {
            // Each statement draws the next number of the sequence, so its number is its place in the batch.
            Task<int> Next(string? key) => batcher.Run($"select nextval('{sequence}')::int", _ => { }, ReadInt, lockKey: key);
            var (c, first, a, second, b) = (Next("c"), Next(null), Next("a"), Next(null), Next("b"));
            await busy.Release();

            var places = await Task.WhenAll(c, first, a, second, b).WaitAsync(TimeSpan.FromSeconds(30));
            // In queue order: c, (none), a, (none), b. Run: the two without a key as queued (1, 2), then a (3), b (4), c (5).
            Assert.Equal([5, 1, 3, 2, 4], places);
        }

        await Execute(dataSource, $"drop sequence {sequence}");
    }

    [Fact]
    public async Task I14_TwoWritersQueueTheSameTwoRowsInOppositeOrders_NeitherDeadlocksNorRunsAgainAlone()
    {
        var table = $"lock_order_{Guid.NewGuid():N}";
        await using var first = Writer("first");
        await using var second = Writer("second");
        await Execute(first.DataSource, $"create table {table} (key text primary key, n int not null); insert into {table} values ('x', 0), ('y', 0)");
        var gate = Random.Shared.NextInt64();
        await using var holder = await first.DataSource.OpenConnectionAsync();
        await Execute(holder, $"select pg_advisory_lock({gate})");

        // Each writer's batch: both rows and, between them, a wait on the gate the test holds. Queued in opposite orders,
        // the first would take y then x and the second x then y: each would hold what the other wants once the gate opens.
        var firstAnswers = await QueueBehindBusyWriter(first, ["y", "x~gate", "x"]);
        var secondAnswers = await QueueBehindBusyWriter(second, ["x", "x~gate", "y"]);
        await WaitUntilBothWait(holder, first.Name, second.Name);
        await Execute(holder, $"select pg_advisory_unlock({gate})");

        Assert.All(await Task.WhenAll(firstAnswers.Concat(secondAnswers)).WaitAsync(TimeSpan.FromSeconds(30)), n => Assert.Equal(1, n));
        // The busy writer's batch, then the three statements together: a deadlock would have run the victim's three alone.
        Assert.Equal((2L, 2L), (first.Batcher.Batches, second.Batcher.Batches));
        await Execute(holder, $"drop table {table}");

        async Task<List<Task<int>>> QueueBehindBusyWriter(LockWriter writer, string[] keys)
        {
            await using var busy = await BusyWriter.Hold(writer.DataSource, writer.Batcher);
            var answers = keys.Select(key => key == "x~gate"
                ? writer.Batcher.Run($"select 1 from pg_advisory_xact_lock_shared({gate})", _ => { }, ReadInt, lockKey: key)
                : writer.Batcher.Run($"with changed as (update {table} set n = n + 1 where key = @key returning 1) select count(*)::int from changed",
                    p => p.AddWithValue("key", key), ReadInt, lockKey: key)).ToList();
            await busy.Release();
            return answers;
        }
    }

    /// <summary>Returns once both writers' connections wait on a lock: each batch has begun and holds its first row.</summary>
    private static async Task WaitUntilBothWait(NpgsqlConnection connection, string first, string second)
    {
        await using var probe = new NpgsqlCommand(
            """
            select count(distinct a.application_name) from pg_locks l join pg_stat_activity a on a.pid = l.pid
            where not l.granted and a.application_name in (@first, @second)
            """, connection);
        probe.Parameters.AddWithValue("first", first);
        probe.Parameters.AddWithValue("second", second);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((long)(await probe.ExecuteScalarAsync())! < 2)
        {
            Assert.True(DateTime.UtcNow < deadline, "the two batches never both waited on a lock");
            await Task.Delay(20);
        }
    }

    private LockWriter Writer(string role)
    {
        var name = $"lock-order-{role}-{Guid.NewGuid():N}"[..40];
        var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(fixture.Silo.ConnectionString) { ApplicationName = name }.ConnectionString);
        return new LockWriter(name, dataSource, new StatementBatcher(dataSource, writers: 1));
    }

    private sealed record LockWriter(string Name, NpgsqlDataSource DataSource, StatementBatcher Batcher) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => DataSource.DisposeAsync();
    }

    private static async Task Execute(NpgsqlDataSource dataSource, string sql)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await Execute(connection, sql);
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<int> ReadInt(NpgsqlDataReader reader) => await reader.ReadAsync() ? reader.GetInt32(0) : -1;
}
