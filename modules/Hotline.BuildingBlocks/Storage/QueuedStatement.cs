using System.Diagnostics;
using Npgsql;

namespace Hotline.BuildingBlocks.Storage;

/// <summary>A caller's statement waiting in a <see cref="StatementBatcher"/>, with the way its result set is read.</summary>
internal abstract class QueuedStatement
{
    /// <summary>The caller's activity when it queued the statement: the parent of the span of the batch it leads.</summary>
    public Activity? Caller { get; } = Activity.Current;

    /// <summary>The shared row the statement locks, if any: a batch takes such rows in this key's order (<see cref="StatementBatcher"/>).</summary>
    public string? LockKey { get; init; }

    public abstract NpgsqlBatchCommand Create();

    /// <summary>Reads this statement's result set; the returned action answers the caller once the batch has committed.</summary>
    public abstract Task<Action> Read(NpgsqlDataReader reader);

    public abstract void Fail(Exception error);
}

internal sealed class QueuedStatement<T>(Func<NpgsqlBatchCommand> create, Func<NpgsqlDataReader, Task<T>> read) : QueuedStatement
{
    private readonly TaskCompletionSource<T> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<T> Result => _result.Task;

    public override NpgsqlBatchCommand Create() => create();

    public override async Task<Action> Read(NpgsqlDataReader reader)
    {
        try
        {
            var value = await read(reader);
            return () => _result.TrySetResult(value);
        }
        catch (Exception e) when (e is not NpgsqlException)
        {
            // The caller's own reading failed (a value it did not expect): its answer only. The database's errors go on to
            // the batch, which runs each statement again alone.
            return () => _result.TrySetException(e);
        }
    }

    public override void Fail(Exception error) => _result.TrySetException(error);
}
