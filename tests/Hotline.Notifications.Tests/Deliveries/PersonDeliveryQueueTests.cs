using Hotline.Notifications.Contracts;
using Hotline.Notifications.Deliveries;

namespace Hotline.Notifications.Tests.Deliveries;

/// <summary>
/// Issue 14's morning burst: deliveries to one person that arrive while a write of theirs is in flight go together in
/// the next write; each caller hears of its own item only when it is written.
/// </summary>
public sealed class PersonDeliveryQueueTests
{
    [Fact]
    public async Task Deliver_WhileAWriteIsInFlight_TheOthersGoTogetherInTheNextWrite()
    {
        var writes = new List<(string Person, string[] Ids)>();
        var firstWriteMayEnd = new TaskCompletionSource();
        var queue = new PersonDeliveryQueue(async (person, items) =>
        {
            lock (writes)
            {
                writes.Add((person, [.. items.Select(i => i.Id)]));
            }
            if (items[0].Id == "a")
            {
                await firstWriteMayEnd.Task;
            }
        });

        var a = queue.Deliver("liaison", Item("a"));
        await WaitFor(() => writes.Count == 1);
        var b = queue.Deliver("liaison", Item("b"));
        var c = queue.Deliver("liaison", Item("c"));
        var again = queue.Deliver("liaison", Item("b"));
        Assert.False(a.IsCompleted);
        Assert.False(b.IsCompleted);

        firstWriteMayEnd.SetResult();
        await Task.WhenAll(a, b, c, again).WaitAsync(TimeSpan.FromSeconds(10));

        // Two writes, not four: the second holds b and c, and the repeated b once.
        Assert.Equal(2, writes.Count);
        Assert.Equal(["a"], writes[0].Ids);
        Assert.Equal(["b", "c"], writes[1].Ids);
        Assert.All(writes, w => Assert.Equal("liaison", w.Person));
    }

    [Fact]
    public async Task Deliver_TheWriteFails_EveryCallerOfThatBatchHearsIt_AndTheNextDeliveryIsWritten()
    {
        var fail = true;
        var written = new List<string>();
        var queue = new PersonDeliveryQueue((_, items) =>
        {
            if (fail)
            {
                throw new InvalidOperationException("database away");
            }
            written.AddRange(items.Select(i => i.Id));
            return Task.CompletedTask;
        });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => queue.Deliver("manager", Item("x")));
        Assert.Equal("database away", error.Message);

        fail = false;
        await queue.Deliver("manager", Item("y")).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["y"], written);
    }

    [Fact]
    public async Task Deliver_ManyAtOnce_NoWriteHoldsMoreThanTheBatchLimit_AndEveryItemIsWrittenOnce()
    {
        var sizes = new List<int>();
        var ids = new List<string>();
        var queue = new PersonDeliveryQueue(async (_, items) =>
        {
            await Task.Yield();
            lock (sizes)
            {
                sizes.Add(items.Count);
                ids.AddRange(items.Select(i => i.Id));
            }
        });

        // 1,200 notices to one person: at least three writes (500 + 500 + 200), each item once.
        await Task.WhenAll(Enumerable.Range(0, 1200).Select(i => queue.Deliver("liaison", Item($"n{i}")))).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.All(sizes, s => Assert.InRange(s, 1, 500));
        Assert.Equal(1200, ids.Count);
        Assert.Equal(1200, ids.Distinct().Count());
    }

    private static InboxItem Item(string id) =>
        new(id, new DateTimeOffset(2026, 12, 6, 8, 5, 0, TimeSpan.FromHours(8)), null, null, InboxItemKind.DeadlineSoon, "Start deadline soon", Guid.NewGuid());

    private static async Task WaitFor(Func<bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, "the condition did not hold within 10 s");
            await Task.Delay(10);
        }
    }
}
