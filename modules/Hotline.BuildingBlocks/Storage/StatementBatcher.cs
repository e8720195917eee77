using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Npgsql;

namespace Hotline.BuildingBlocks.Storage;

/// <summary>
/// Runs many callers' single-row statements together: whatever is queued when a writer is free goes to PostgreSQL as
/// one batch (one round trip, one commit), up to <see cref="MaxStatements"/>. Alone, a statement runs at once; under a
/// burst (issue 14: 100,000 deadlines in one instant) the statements that pile up meanwhile share the next round trip,
/// so the rate follows the database rather than the count of round trips. Each caller still gets its own result or error:
/// a batch is one implicit transaction, so when a statement of it fails the others are run again alone, and a caller
/// whose own reading of its result throws gets that error alone (<see cref="QueuedStatement{T}"/>). Every statement
/// must return a result set (a select, or a write with <c>returning</c>), which its caller reads. A batch runs under its
/// first statement's caller's activity, so a trace of one request still shows its write (alone, it is the batch).
/// A statement that locks a row other writers also lock (a person's unread counter) names it (<c>lockKey</c>), and a batch
/// runs its statements in that key's order: batches of several writers, and of several silos, then take shared rows in
/// one order and cannot wait on each other in a circle over them, as long as each such statement locks only shared rows
/// its key stands for (issue 14: three silos delivering to the same liaisons deadlocked 18–32 times a minute, each a
/// second of PostgreSQL's deadlock timeout and a batch run again statement by statement).
/// </summary>
public sealed class StatementBatcher
{
    /// <summary>A store's statements are a few fixed texts; any beyond these are sent named, as they come.</summary>
    private const int MaxPositionalTexts = 64;

    private readonly NpgsqlDataSource _dataSource;
    private readonly ConcurrentDictionary<string, PositionalStatement> _positional = new(StringComparer.Ordinal);
    private readonly Channel<QueuedStatement> _queue = Channel.CreateUnbounded<QueuedStatement>();

    public StatementBatcher(NpgsqlDataSource dataSource, int writers = 4, int maxStatements = 256)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(writers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxStatements, 1);
        (_dataSource, MaxStatements) = (dataSource, maxStatements);
        // The writers serve every caller: they must not keep the log scope or activity of whoever made the batcher.
        using (ExecutionContext.SuppressFlow())
        {
            for (var i = 0; i < writers; i++)
            {
                _ = Task.Run(Write);
            }
        }
    }

    public int MaxStatements { get; }

    /// <summary>Batches run so far (read by tests to see statements were coalesced).</summary>
    public long Batches => Interlocked.Read(ref _batches);

    private long _batches;

    /// <summary>
    /// Queues one statement; <paramref name="read"/> reads its result set, and the caller is answered once the whole batch
    /// is committed. A batch runs statements with a <paramref name="lockKey"/> in its (ordinal) order, those without first.
    /// </summary>
    public Task<T> Run<T>(Func<NpgsqlBatchCommand> statement, Func<NpgsqlDataReader, Task<T>> read, string? lockKey = null)
    {
        var queued = new QueuedStatement<T>(statement, read) { LockKey = lockKey };
        if (!_queue.Writer.TryWrite(queued))
        {
            throw new InvalidOperationException("the statement batcher is stopped");
        }

        return queued.Result;
    }

    /// <summary>
    /// Queues <paramref name="sql"/> with the parameters <paramref name="bind"/> adds (again for each try), sent with
    /// positional parameters (<see cref="PositionalStatement"/>). Cancelling <paramref name="ct"/> stops the wait, not the
    /// statement, as cancelling a command already sent does not undo it.
    /// </summary>
    public Task<T> Run<T>(string sql, Action<NpgsqlParameterCollection> bind, Func<NpgsqlDataReader, Task<T>> read, CancellationToken ct = default, string? lockKey = null)
    {
        ArgumentNullException.ThrowIfNull(bind);
        return Run(() =>
        {
            var statement = new NpgsqlBatchCommand(sql);
            bind(statement.Parameters);
            if (_positional.TryGetValue(sql, out var positional)
                || (_positional.Count < MaxPositionalTexts && _positional.TryAdd(sql, positional = PositionalStatement.Of(sql, statement.Parameters))))
            {
                positional.Apply(statement);
            }

            return statement;
        }, read, lockKey).WaitAsync(ct);
    }

    private async Task Write()
    {
        var batch = new List<QueuedStatement>(MaxStatements);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxStatements && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            if (batch.Count > 0)
            {
                await RunBatch(batch.Exists(s => s.LockKey is not null) ? [.. batch.OrderBy(s => s.LockKey, StringComparer.Ordinal)] : batch);
            }
        }
    }

    private async Task RunBatch(List<QueuedStatement> statements)
    {
        try
        {
            await Execute(statements);
        }
        catch (PostgresException) when (statements.Count > 1)
        {
            // One statement's error rolled back the whole batch: run each alone, so only its own caller sees it.
            foreach (var statement in statements)
            {
                await RunBatch([statement]);
            }
        }
        catch (Exception e)
        {
            statements.ForEach(s => s.Fail(e));
        }
    }

    private async Task Execute(List<QueuedStatement> statements)
    {
        Interlocked.Increment(ref _batches);
        Activity.Current = statements[0].Caller;
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection);
        statements.ForEach(s => batch.BatchCommands.Add(s.Create()));
        var reads = new List<Action>(statements.Count);
        await using (var reader = await batch.ExecuteReaderAsync())
        {
            foreach (var statement in statements)
            {
                reads.Add(await statement.Read(reader));
                await reader.NextResultAsync();
            }
        }

        // Answered only once the batch's one commit is done: a later statement's error would have undone this one.
        reads.ForEach(complete => complete());
    }
}
