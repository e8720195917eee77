using Hotline.TestKit;

namespace Hotline.Organization.Tests.Support;

/// <summary>Two real hosts (silos) on one database and cluster.</summary>
public sealed class TwoHostFixture : IAsyncLifetime
{
    public HostFixture Cluster { get; } = new();

    public HotlineTestHost Second { get; private set; } = null!;

    public IReadOnlyList<IGrainFactory> Factories => [Cluster.Grains, Second.Grains];

    public async Task InitializeAsync()
    {
        await Cluster.InitializeAsync();
        Second = await Cluster.StartHostAsync();
        var management = Cluster.Grains.GetGrain<IManagementGrain>(0);
        await Eventually.Get(() => management.GetHosts(onlyActive: true), h => h.Count == 2);
    }

    public async Task DisposeAsync()
    {
        await Second.DisposeAsync();
        await Cluster.DisposeAsync();
    }
}
