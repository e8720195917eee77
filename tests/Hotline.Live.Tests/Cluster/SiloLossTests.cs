using Hotline.Live.Contracts;
using Hotline.Live.Tests.Hub;
using Hotline.TestKit;
using static Hotline.Live.Tests.Cluster.TwoSiloFixture;

namespace Hotline.Live.Tests.Cluster;

/// <summary>Stops a silo, so it has its own pair of silos.</summary>
public sealed class SiloLossTests : IAsyncLifetime
{
    private readonly TwoSiloFixture _silos = new();

    public Task InitializeAsync() => ((IAsyncLifetime)_silos).InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_silos).DisposeAsync();

    private LiveChange Change(string id) => new(LiveTopic.Ticket, id, "p-1", "b-1", null, _silos.Clock.GetUtcNow());

    [Fact]
    public async Task When_a_silo_leaves_the_others_keep_getting_changes_and_a_new_silo_gets_them_without_manual_steps()
    {
        var gone = Address(_silos.Second);
        await _silos.StopSecond();

        var onA = new Received();
        using var a = Changes(_silos.Host).Subscribe(_ => true, onA.Record);
        Publisher(_silos.Host).Publish(Change("after-leave"));
        await onA.WaitFor("after-leave");

        await using var third = await _silos.StartHostAsync();
        await KnowEachOther(_silos.Host, third);
        var onC = new Received();
        using var c = Changes(third).Subscribe(_ => true, onC.Record);
        Publisher(_silos.Host).Publish(Change("to-newcomer"));

        await onC.WaitFor("to-newcomer", TimeSpan.FromSeconds(2));
        // The departed silo was dropped by membership, not kept as a target for ever.
        await Eventually.Get(() => Task.FromResult(Relay(_silos.Host).OtherSilos), silos => !silos.Contains(gone), timeout: TimeSpan.FromSeconds(30));
    }
}
