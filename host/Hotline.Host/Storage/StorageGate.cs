namespace Hotline.Host.Storage;

/// <summary>
/// Bounds how many grain-state clears and reminder-table reads and removals of this silo use the database at
/// once (<c>Hotline:Database:MaxConcurrentStorageCalls</c>); grain-state reads and writes go batched instead
/// (<see cref="OrleansStateReads"/>, <see cref="OrleansStateWrites"/>). Issue 14: when 100,000 deadlines fall due together, every ticket
/// grain activates and reads, writes and re-registers at once; unbounded, they rent every pooled connection and then
/// hold it while waiting for a thread behind the others, the pool's 15 s wait runs out, calls fail and are redone a
/// minute later, and the wave never drains. Waiting here holds no connection and no thread, so the calls admitted can
/// run at the database's pace, and the pool keeps room for membership and the modules' own queries (the 100,000 wave
/// with the gate is not measured yet: BENCHMARKS.md).
/// </summary>
public sealed class StorageGate(int maxConcurrentCalls)
{
    private readonly SemaphoreSlim _slots = new(maxConcurrentCalls, maxConcurrentCalls);

    public int Capacity { get; } = maxConcurrentCalls;

    /// <summary>Calls waiting for a slot now (read by the tests; nothing else shows it yet).</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    private int _waiting;

    public async Task<T> Run<T>(Func<Task<T>> call)
    {
        await Enter();
        try
        {
            return await call();
        }
        finally
        {
            _slots.Release();
        }
    }

    public async Task Run(Func<Task> call)
    {
        await Enter();
        try
        {
            await call();
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task Enter()
    {
        if (_slots.Wait(0))
        {
            return;
        }

        Interlocked.Increment(ref _waiting);
        try
        {
            await _slots.WaitAsync();
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }
}
