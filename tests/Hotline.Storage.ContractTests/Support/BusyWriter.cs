using Hotline.BuildingBlocks.Storage;
using Npgsql;

namespace Hotline.Storage.ContractTests.Support;

/// <summary>
/// Keeps a one-writer <see cref="StatementBatcher"/> busy: a connection of the test's own takes an advisory lock, the
/// batcher's first statement waits for it, and whatever the test queues meanwhile waits behind it. A deterministic
/// signal, not a race: the statements queued before <see cref="Release"/> go together in the next batches.
/// </summary>
public sealed class BusyWriter(NpgsqlConnection holder, long key, Task<int> blocker) : IAsyncDisposable
{
    /// <summary>The first statement, the one that keeps the writer busy until <see cref="Release"/>.</summary>
    public Task<int> Blocker => blocker;

    /// <summary>Returns once PostgreSQL shows the batcher's first statement waiting on the lock.</summary>
    public static async Task<BusyWriter> Hold(NpgsqlDataSource dataSource, StatementBatcher batcher)
    {
        var key = Random.Shared.NextInt64();
        var holder = await dataSource.OpenConnectionAsync();
        await Lock(holder, "select pg_advisory_lock(@key)", key);
        var blocker = batcher.Run(() =>
        {
            var wait = new NpgsqlBatchCommand("select 0 from pg_advisory_xact_lock(@key)");
            wait.Parameters.AddWithValue("key", key);
            return wait;
        }, async reader => await reader.ReadAsync() ? reader.GetInt32(0) : -1);
        await using var probe = dataSource.CreateCommand(
            "select count(*) from pg_locks where locktype = 'advisory' and not granted and ((classid::bigint << 32) | objid::bigint) = @key");
        probe.Parameters.AddWithValue("key", key);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((long)(await probe.ExecuteScalarAsync())! == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the batcher's first statement never waited on the lock");
            await Task.Delay(20);
        }

        return new BusyWriter(holder, key, blocker);
    }

    /// <summary>Releases the lock: the first batch ends and the queued statements go.</summary>
    public async Task Release()
    {
        await Lock(holder, "select pg_advisory_unlock(@key)", key);
        await holder.DisposeAsync();
    }

    public ValueTask DisposeAsync() => holder.DisposeAsync();

    private static async Task Lock(NpgsqlConnection connection, string sql, long key)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", key);
        await command.ExecuteNonQueryAsync();
    }
}
