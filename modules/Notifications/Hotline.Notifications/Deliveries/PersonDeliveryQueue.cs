using Hotline.Notifications.Contracts;

namespace Hotline.Notifications.Deliveries;

/// <summary>
/// Coalesces concurrent deliveries to one person into one write: at most one write per person is in flight, and
/// whatever arrives meanwhile goes together in the next, up to <see cref="MaxBatch"/> items. A burst of notices to a
/// few people (the morning's "deadline soon" wave: 100,000 tickets, two recipients) is then a few hundred statements
/// instead of one connection per notice queued on the person's unread counter row, which exhausted the pool.
/// At most <see cref="MaxConcurrentWrites"/> people are written at once, so many recipients wait here, not in the pool.
/// Each caller's task ends when its own item is stored (or fails with the batch's error), so nothing is acknowledged
/// before it is written.
/// </summary>
public sealed class PersonDeliveryQueue(Func<string, IReadOnlyList<InboxItem>, Task> write)
{
    public const int MaxBatch = 500;
    public const int MaxConcurrentWrites = 8;

    private readonly Lock sync = new();
    private readonly Dictionary<string, List<Waiting>> waiting = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim writers = new(MaxConcurrentWrites);

    public Task Deliver(string personId, InboxItem item)
    {
        var entry = new Waiting(item, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        bool first;
        lock (sync)
        {
            first = !waiting.TryGetValue(personId, out var queue);
            if (first)
            {
                waiting[personId] = queue = [];
            }
            queue!.Add(entry);
        }

        if (first)
        {
            // Off the caller's scheduler (a grain's): the drain serves every caller of this person, not only this one.
            _ = Task.Run(() => Drain(personId));
        }
        return entry.Stored.Task;
    }

    private async Task Drain(string personId)
    {
        while (Next(personId) is { } batch)
        {
            await writers.WaitAsync();
            try
            {
                // The same item twice in one batch (a caller's retry) is one row; both callers hear it stored.
                await write(personId, batch.DistinctBy(w => w.Item.Id, StringComparer.Ordinal).Select(w => w.Item).ToList());
                batch.ForEach(w => w.Stored.TrySetResult());
            }
            catch (Exception e)
            {
                batch.ForEach(w => w.Stored.TrySetException(e));
            }
            finally
            {
                writers.Release();
            }
        }
    }

    /// <summary>The next batch of the person, or null when none is left (the queue is then removed, under the lock).</summary>
    private List<Waiting>? Next(string personId)
    {
        lock (sync)
        {
            var queue = waiting[personId];
            if (queue.Count == 0)
            {
                waiting.Remove(personId);
                return null;
            }

            var batch = queue.GetRange(0, Math.Min(MaxBatch, queue.Count));
            queue.RemoveRange(0, batch.Count);
            return batch;
        }
    }

    private sealed record Waiting(InboxItem Item, TaskCompletionSource Stored);
}
