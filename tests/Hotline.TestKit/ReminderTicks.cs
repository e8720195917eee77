using System.Collections.Concurrent;
using Hotline.BuildingBlocks;

namespace Hotline.TestKit;

/// <summary>
/// Records each reminder tick a grain has finished processing, so a test waits for "the tick after I moved the clock
/// has been processed" (a deterministic signal) instead of sleeping a fixed time and asserting nothing happened.
/// </summary>
public sealed class ReminderTicks : IReminderTickObserver
{
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _latest = new();
    private readonly ConcurrentDictionary<Guid, int> _counts = new();

    public void Processed(Guid grainKey, string reminderName, DateTimeOffset at)
    {
        _latest.AddOrUpdate(grainKey, at, (_, before) => at > before ? at : before);
        _counts.AddOrUpdate(grainKey, 1, (_, count) => count + 1);
    }

    /// <summary>How many ticks of the grain have been processed so far (a tick is answered before it is acted on).</summary>
    public int Count(Guid grainKey) => _counts.GetValueOrDefault(grainKey);

    /// <summary>Waits until more than <paramref name="countBefore"/> ticks of the grain have been processed; fails after the timeout.</summary>
    public Task ProcessedAfter(Guid grainKey, int countBefore, TimeSpan? timeout = null) =>
        Until(() => Count(grainKey) > countBefore, timeout, $"No reminder tick of grain {grainKey} was processed after the {countBefore} seen before");

    /// <summary>Waits until a tick of the grain has been processed at or after <paramref name="atOrAfter"/> (fake-clock time); fails after the timeout.</summary>
    public Task Processed(Guid grainKey, DateTimeOffset atOrAfter, TimeSpan? timeout = null) =>
        Until(() => _latest.TryGetValue(grainKey, out var at) && at >= atOrAfter, timeout,
            $"No reminder tick of grain {grainKey} was processed at or after {atOrAfter:O}");

    private static async Task Until(Func<bool> processed, TimeSpan? timeout, string failure)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (!processed())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(failure);
            }

            await Task.Delay(25);
        }
    }
}
