using Hotline.Live.Contracts;
using Hotline.Live.Tests.Hub;
using Hotline.Notifications.Contracts;
using Hotline.Notifications.Inbox;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Live.Tests.Publishing;

public sealed class InboxItemChangeTests(PublishingFixture fixture) : IClassFixture<PublishingFixture>
{
    private InboxStore Inbox => fixture.Host.App.Services.GetRequiredService<InboxStore>();

    [Fact]
    public async Task An_inbox_item_produces_an_InboxItem_change_for_its_person_and_so_does_marking_it_read()
    {
        var received = new Received();
        using var _ = fixture.Changes.Subscribe(c => c.Topic == LiveTopic.InboxItem && c.PersonId == "sunrise-liaison", received.Record);
        var now = fixture.Clock.GetUtcNow();
        var item = new InboxItem($"live-test-{Guid.NewGuid():N}", now, null, null, InboxItemKind.DeadlineSoon, "Start soon", Guid.NewGuid());

        Assert.True(await Inbox.Deliver("sunrise-liaison", item));
        var added = await received.WaitFor(c => c.Id == item.Id);
        Assert.Equal(("sunrise-liaison", (string?)null), (added.PersonId, added.ProjectId));

        Assert.Equal(1, (await Inbox.MarkRead("sunrise-liaison", [item.Id], now)).Marked);
        await Eventually.Get(() => Task.FromResult(received.Changes.Count(c => c.Id == item.Id)), count => count == 2, timeout: TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Delivering_the_same_item_again_tells_nobody()
    {
        var received = new Received();
        using var _ = fixture.Changes.Subscribe(c => c.Topic == LiveTopic.InboxItem && c.PersonId == "harbour-liaison", received.Record);
        var now = fixture.Clock.GetUtcNow();
        var item = new InboxItem($"live-again-{Guid.NewGuid():N}", now, null, null, InboxItemKind.DeadlineSoon, "Start soon", Guid.NewGuid());
        var fence = item with { Id = item.Id + "-fence" };

        Assert.True(await Inbox.Deliver("harbour-liaison", item));
        Assert.False(await Inbox.Deliver("harbour-liaison", item));
        Assert.True(await Inbox.Deliver("harbour-liaison", fence));

        // Changes reach a subscriber in publish order: once the fence is in, a second notice of the repeat would be too.
        await received.WaitFor(fence.Id);
        Assert.Single(received.Changes, c => c.Id == item.Id);
    }
}
