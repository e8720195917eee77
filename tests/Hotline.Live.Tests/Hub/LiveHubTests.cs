using Hotline.Live.Contracts;
using Hotline.Live.Hub;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Live.Tests.Hub;

public sealed class LiveHubTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly LiveHub _hub = new(NullLogger<LiveHub>.Instance);

    private static LiveChange Ticket(string id, string project = "P1") => new(LiveTopic.Ticket, id, project, "B1", null, At);

    [Fact]
    public async Task A_wanted_change_reaches_the_subscriber_and_an_unwanted_one_does_not()
    {
        var received = new Received();
        using var _ = _hub.Subscribe(c => c.ProjectId == "P1", received.Record);

        _hub.Deliver(Ticket("T-other", project: "P2"));
        _hub.Deliver(Ticket("T-1"));
        await received.WaitFor("T-1");

        // Order is kept per subscriber, so the unwanted one (published first) would have arrived before T-1.
        Assert.Equal(["T-1"], received.Changes.Select(c => c.Id));
    }

    [Fact]
    public async Task A_subscriber_that_never_finishes_blocks_neither_the_publisher_nor_the_others()
    {
        var never = new TaskCompletionSource();
        using var stuck = _hub.Subscribe(_ => true, _ => never.Task);
        var received = new Received();
        using var healthy = _hub.Subscribe(_ => true, received.Record);

        // Far more than every queue holds: each Deliver returns at once (oldest notices are dropped, never waited for).
        for (var i = 0; i < LiveHub.QueueCapacity * 2; i++)
        {
            _hub.Deliver(Ticket($"T-{i}"));
        }
        _hub.Deliver(Ticket("T-last"));

        await received.WaitFor("T-last");
    }

    [Fact]
    public async Task A_throwing_subscriber_keeps_its_subscription_and_breaks_nobody_else()
    {
        var thrower = new Received();
        using var throwing = _hub.Subscribe(_ => true, async c =>
        {
            await thrower.Record(c);
            throw new InvalidOperationException("page gone wrong");
        });
        var filterThrows = _hub.Subscribe(_ => throw new InvalidOperationException("bad filter"), _ => Task.CompletedTask);
        var received = new Received();
        using var healthy = _hub.Subscribe(_ => true, received.Record);

        _hub.Deliver(Ticket("T-1"));
        _hub.Deliver(Ticket("T-2"));

        await thrower.WaitFor("T-2");
        await received.WaitFor("T-2");
        Assert.Equal(["T-1", "T-2"], received.Changes.Select(c => c.Id));
        filterThrows.Dispose();
    }

    [Fact]
    public async Task A_disposed_subscription_gets_nothing_more_and_is_forgotten()
    {
        var gone = new Received();
        var subscription = _hub.Subscribe(_ => true, gone.Record);
        var received = new Received();
        using var healthy = _hub.Subscribe(_ => true, received.Record);
        _hub.Deliver(Ticket("T-1"));
        await gone.WaitFor("T-1");

        subscription.Dispose();
        subscription.Dispose(); // twice is harmless
        Assert.Equal(1, _hub.SubscriberCount);
        _hub.Deliver(Ticket("T-2"));
        await received.WaitFor("T-2");

        // The hub's loop offered T-2 after the removal (it reached the other subscriber), so the disposed one never saw it.
        Assert.Equal(["T-1"], gone.Changes.Select(c => c.Id));
    }

    public void Dispose() => _hub.Dispose();
}
