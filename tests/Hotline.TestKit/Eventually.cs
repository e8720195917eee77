using Microsoft.Extensions.Time.Testing;

namespace Hotline.TestKit;

/// <summary>
/// Waits for something the cluster does in the background (a reminder tick, a membership change),
/// moving the fake clock forward in small steps so timers driven by it fire. Bounded in real time.
/// </summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T>> read, Func<T, bool> done, FakeTimeProvider? clock = null, TimeSpan? step = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Condition not reached in time; last value: {value}");
            }

            clock?.Advance(step ?? TimeSpan.FromSeconds(20));
            await Task.Delay(250);
        }
    }
}
