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
        return new BusyBatcher(dataSource, batcher, await BusyWriter.Hold(dataSource, batcher));
    }

    private sealed class BusyBatcher(NpgsqlDataSource dataSource, StatementBatcher batcher, BusyWriter writer) : IAsyncDisposable
    {
        public StatementBatcher Batcher => batcher;

        public Task<int> Blocker => writer.Blocker;

        public Task Release() => writer.Release();

        public async ValueTask DisposeAsync()
        {
            await writer.DisposeAsync();
            await dataSource.DisposeAsync();
        }
    }

    private static NpgsqlBatchCommand Select(int i)
    {
        var statement = new NpgsqlBatchCommand("select @i * 10");
        statement.Parameters.AddWithValue("i", i);
        return statement;
    }

    private static async Task<int> ReadInt(NpgsqlDataReader reader) => await reader.ReadAsync() ? reader.GetInt32(0) : -1;
}
