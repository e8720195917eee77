using System.Collections.Concurrent;
using Hotline.Live.Contracts;
using Hotline.Live.Tests.Hub;
using Hotline.TestKit;
using static Hotline.Live.Tests.Cluster.TwoSiloFixture;

namespace Hotline.Live.Tests.Cluster;

public sealed class CrossSiloTests(TwoSiloFixture silos) : IClassFixture<TwoSiloFixture>
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(2);

    private LiveChange Change(LiveTopic topic, string id, string project) =>
        new(topic, id, project, "b-1", null, silos.Clock.GetUtcNow());

    [Fact]
    public async Task A_change_published_on_one_silo_reaches_a_subscriber_on_the_other_within_two_seconds()
    {
        var onB = new Received();
        using var b = Changes(silos.Second).Subscribe(c => c.Id == "cross-A1", onB.Record);
        var onA = new Received();
        using var a = Changes(silos.Host).Subscribe(c => c.Id == "cross-B1", onA.Record);

        Publisher(silos.Host).Publish(Change(LiveTopic.Ticket, "cross-A1", "p-1"));
        Publisher(silos.Second).Publish(Change(LiveTopic.Warning, "cross-B1", "p-1"));

        await onB.WaitFor("cross-A1", Within);
        await onA.WaitFor("cross-B1", Within);
        Assert.Equal(LiveTopic.Ticket, Assert.Single(onB.Changes).Topic);
        Assert.Equal(LiveTopic.Warning, Assert.Single(onA.Changes).Topic);
    }

    [Fact]
    public async Task A_subscriber_on_the_other_silo_is_handed_only_the_changes_it_wants()
    {
        var offered = new ConcurrentQueue<string>();
        var handled = new Received();
        using var _ = Changes(silos.Second).Subscribe(
            c =>
            {
                offered.Enqueue(c.Id);
                return c.ProjectId == "p-wanted";
            },
            handled.Record);

        Publisher(silos.Host).Publish(Change(LiveTopic.Ticket, "filter-unwanted", "p-other"));
        Publisher(silos.Host).Publish(Change(LiveTopic.Ticket, "filter-wanted", "p-wanted"));

        await handled.WaitFor("filter-wanted", Within);
        // The unwanted one did reach silo B (its filter saw it) and was still never handed over.
        await Eventually.Get(() => Task.FromResult(offered.ToArray()), ids => ids.Contains("filter-unwanted"), timeout: Within);
        Assert.Equal(["filter-wanted"], handled.Changes.Select(c => c.Id));
    }
}
