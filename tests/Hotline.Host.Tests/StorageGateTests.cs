using Hotline.BuildingBlocks.Storage;
using Hotline.Host.Storage;
using Hotline.Storage.OrleansTables;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Orleans.Runtime;
using Orleans.Storage;

namespace Hotline.Host.Tests;

/// <summary>
/// Issue 14's deadline wave: a silo's grain-state clears and reminder calls go to the database at most
/// <c>Hotline:Database:MaxConcurrentStorageCalls</c> at a time; the others wait without a connection, and none is lost.
/// (Grain-state reads and writes and reminder upserts are batched instead: the Batched*Tests in Hotline.Storage.ContractTests.)
/// </summary>
public sealed class StorageGateTests
{
    [Fact]
    public async Task GrainStorage_FiftyClearsThroughAGateOfFour_FourAtATimeAndAllDone()
    {
        var inner = new BlockingStorage();
        var gate = new StorageGate(4);
        var storage = new GatedGrainStorage(inner, gate, UnusedWrites.GrainStateReads, UnusedWrites.GrainState);

        var clears = Enumerable.Range(0, 50)
            .Select(i => storage.ClearStateAsync("state", GrainId.Create("ticket", $"t{i}"), new GrainState<int>(i)))
            .ToList();
        await inner.InFlightReached(4);

        // Four are in the database; the other 46 wait at the gate, holding nothing.
        Assert.Equal((4, 46), (inner.InFlight, gate.Waiting));
        inner.Release();
        await Task.WhenAll(clears).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal((50, 4, 0), (inner.Done, inner.MostAtOnce, gate.Waiting));
    }

    [Fact]
    public async Task ReminderTable_GateFull_RangeReadsOfTheReminderServicePassStraightThrough()
    {
        var inner = new BlockingReminderTable();
        var table = new GatedReminderTable(inner, new StorageGate(1), UnusedWrites.Reminders);
        var first = table.ReadRow(GrainId.Create("ticket", "a"), "deadline");
        await inner.ReadStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var second = table.ReadRow(GrainId.Create("ticket", "b"), "deadline");

        var rows = await table.ReadRows(0u, uint.MaxValue).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(rows.Reminders);
        Assert.False(second.IsCompleted);
        inner.Release.SetResult();
        var found = await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(2, found.Count(e => e?.ETag == "etag"));
    }

    /// <summary>Writers these tests never call: nothing connects until a statement is queued.</summary>
    private static readonly OrleansStateWritesForTests UnusedWrites = new();

    private sealed class OrleansStateWritesForTests
    {
        private static readonly NpgsqlDataSource DataSource = NpgsqlDataSource.Create("Host=unused.invalid");
        private static readonly StatementBatcher Batcher = new(DataSource, 1);
        private static readonly OrleansQueryTexts Texts = new(DataSource);

        public BatchedGrainStateWrites GrainState { get; } = new(Batcher, Texts, "unused", null!, NullLogger<BatchedGrainStateWrites>.Instance);

        public BatchedReminderUpserts Reminders { get; } = new(Batcher, Texts, "unused");

        public BatchedGrainStateReads GrainStateReads { get; } = new(Batcher, Texts, "unused", null!, null!, NullLogger<BatchedGrainStateReads>.Instance);
    }

    private sealed class BlockingStorage : IGrainStorage
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly object _lock = new();
        private readonly List<(int Count, TaskCompletionSource Reached)> _waiters = [];

        public int InFlight { get; private set; }

        public int MostAtOnce { get; private set; }

        public int Done { get; private set; }

        public void Release() => _release.SetResult();

        public Task InFlightReached(int count)
        {
            lock (_lock)
            {
                var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                if (InFlight >= count)
                {
                    reached.SetResult();
                }
                else
                {
                    _waiters.Add((count, reached));
                }

                return reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
            }
        }

        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.CompletedTask;

        public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            lock (_lock)
            {
                InFlight++;
                MostAtOnce = Math.Max(MostAtOnce, InFlight);
                foreach (var waiter in _waiters.Where(w => InFlight >= w.Count))
                {
                    waiter.Reached.TrySetResult();
                }
            }

            await _release.Task;
            lock (_lock)
            {
                InFlight--;
                Done++;
            }
        }
    }

    private sealed class BlockingReminderTable : IReminderTable
    {
        public TaskCompletionSource ReadStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
        {
            ReadStarted.TrySetResult();
            await Release.Task;
            return new ReminderEntry { GrainId = grainId, ReminderName = reminderName, ETag = "etag" };
        }

        public Task<string?> UpsertRow(ReminderEntry entry) => Task.FromResult<string?>("etag");

        public Task<ReminderTableData> ReadRows(uint begin, uint end) => Task.FromResult(new ReminderTableData());

        public Task<ReminderTableData> ReadRows(GrainId grainId) => Task.FromResult(new ReminderTableData());


        public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) => Task.FromResult(true);

        public Task TestOnlyClearTable() => Task.CompletedTask;
    }
}
