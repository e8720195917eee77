using Hotline.BuildingBlocks.Storage;
using Hotline.Storage.ContractTests.Support;
using Npgsql;

namespace Hotline.Storage.ContractTests.Batching;

/// <summary>
/// Issue 14: statements queued while the batcher's writer is busy go to PostgreSQL together, in one round trip, and each
/// caller still gets its own answer; one failing statement fails only its own caller.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class StatementBatcherTests(SiloFixture fixture)
{
    [Fact]
    public async Task I14_HundredStatementsQueuedBehindABusyWriter_OneBatchAndEachItsOwnAnswer()
    {
        await using var busy = await Busy();
        var batcher = busy.Batcher;

        var answers = Enumerable.Range(1, 100).Select(i => batcher.Run(() => Select(i), ReadInt)).ToList();
        await busy.Release(); // lets the first batch end

        Assert.Equal(Enumerable.Range(1, 100).Select(i => i * 10), await Task.WhenAll(answers).WaitAsync(TimeSpan.FromSeconds(30)));
        await busy.Blocker;
        Assert.Equal(2L, batcher.Batches);
    }

    [Fact]
    public async Task I14_OneStatementOfABatchFails_OnlyItsCallerSeesTheError()
    {
        await using var busy = await Busy();
        var batcher = busy.Batcher;

        var good = batcher.Run(() => Select(1), ReadInt);
        var bad = batcher.Run(() => new NpgsqlBatchCommand("select 1 / 0"), ReadInt);
        var alsoGood = batcher.Run(() => Select(2), ReadInt);
        await busy.Release();

        Assert.Equal((10, 20), (await good.WaitAsync(TimeSpan.FromSeconds(30)), await alsoGood.WaitAsync(TimeSpan.FromSeconds(30))));
        var error = await Assert.ThrowsAsync<PostgresException>(() => bad);
        Assert.Equal("22012", error.SqlState); // division_by_zero
    }

    [Fact]
    public async Task I14_StatementGivenAsTextAndParameters_RunAgainAloneWithItsParametersBoundAfresh()
    {
        await using var busy = await Busy();
        var batcher = busy.Batcher;
        var binds = 0;

        var good = batcher.Run("select @i * 10", p =>
        {
            binds++;
            p.AddWithValue("i", 7);
        }, ReadInt);
        var bad = batcher.Run("select 1 / @zero", p => p.AddWithValue("zero", 0), ReadInt);
        await busy.Release();

        Assert.Equal(70, await good.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("22012", (await Assert.ThrowsAsync<PostgresException>(() => bad)).SqlState);
        Assert.Equal(2, binds); // once in the failed batch, once alone
    }

    [Fact]
    public async Task I14_OneCallersReadingThrows_OnlyThatCallerSeesIt()
    {
        await using var busy = await Busy();
        var batcher = busy.Batcher;

        var good = batcher.Run(() => Select(3), ReadInt);
        var misread = batcher.Run<int>(() => Select(4), _ => throw new InvalidCastException("not what the caller expected"));
        var alsoGood = batcher.Run(() => Select(5), ReadInt);
        await busy.Release();

        Assert.Equal((30, 50), (await good.WaitAsync(TimeSpan.FromSeconds(30)), await alsoGood.WaitAsync(TimeSpan.FromSeconds(30))));
        Assert.Equal("not what the caller expected", (await Assert.ThrowsAsync<InvalidCastException>(() => misread)).Message);
        Assert.Equal(2L, batcher.Batches); // the blocker's batch, then the three together: nobody ran again alone
    }

    /// <summary>A batcher with one writer, busy on a statement that waits for a lock the test holds (<see cref="BusyWriter"/>).</summary>
    private async Task<BusyBatcher> Busy()
    {
        var dataSource = NpgsqlDataSource.Create(fixture.Silo.ConnectionString);
        var batcher = new StatementBatcher(dataSource, writers: 1, maxStatements: 500);
        var key = Random.Shared.NextInt64();
        var (holder, blocker) = await BusyWriter(dataSource, batcher, key);
        return new BusyBatcher(dataSource, batcher, holder, blocker, key);
    }

    private sealed class BusyBatcher(NpgsqlDataSource dataSource, StatementBatcher batcher, NpgsqlConnection holder, Task<int> blocker, long key)
        : IAsyncDisposable
    {
        public StatementBatcher Batcher => batcher;

        /// <summary>The first statement, the one that kept the writer busy.</summary>
        public Task<int> Blocker => blocker;

        /// <summary>Releases the lock: the first batch ends and the queued statements go.</summary>
        public Task Release() => StatementBatcherTests.Release(holder, key);

        public ValueTask DisposeAsync() => dataSource.DisposeAsync();
    }

    /// <summary>
    /// Takes an advisory lock on a connection of the test's own, then queues a statement that waits for it, and returns
    /// once PostgreSQL shows that statement waiting: the batcher's one writer is busy until the lock is released.
    /// </summary>
    private static async Task<(NpgsqlConnection Holder, Task<int> Blocker)> BusyWriter(NpgsqlDataSource dataSource, StatementBatcher batcher, long key)
    {
        var holder = await dataSource.OpenConnectionAsync();
        await using (var take = new NpgsqlCommand("select pg_advisory_lock(@key)", holder))
        {
            take.Parameters.AddWithValue("key", key);
            await take.ExecuteNonQueryAsync();
        }

        var blocker = batcher.Run(() =>
        {
            var wait = new NpgsqlBatchCommand("select 0 from pg_advisory_xact_lock(@key)");
            wait.Parameters.AddWithValue("key", key);
            return wait;
        }, ReadInt);
        await using var probe = dataSource.CreateCommand(
            "select count(*) from pg_locks where locktype = 'advisory' and not granted and ((classid::bigint << 32) | objid::bigint) = @key");
        probe.Parameters.AddWithValue("key", key);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((long)(await probe.ExecuteScalarAsync())! == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the batcher's first statement never waited on the lock");
            await Task.Delay(20);
        }

        return (holder, blocker);
    }

    private static async Task Release(NpgsqlConnection holder, long key)
    {
        await using (var release = new NpgsqlCommand("select pg_advisory_unlock(@key)", holder))
        {
            release.Parameters.AddWithValue("key", key);
            await release.ExecuteNonQueryAsync();
        }

        await holder.DisposeAsync();
    }

    private static NpgsqlBatchCommand Select(int i)
    {
        var statement = new NpgsqlBatchCommand("select @i * 10");
        statement.Parameters.AddWithValue("i", i);
        return statement;
    }

    private static async Task<int> ReadInt(NpgsqlDataReader reader) => await reader.ReadAsync() ? reader.GetInt32(0) : -1;
}
