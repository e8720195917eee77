using Hotline.Live.Cluster;
using Hotline.Live.Contracts;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Live.Tests.Cluster;

/// <summary>Two real Hotline hosts (silos A = <see cref="HostFixture.Host"/> and B) on one database and cluster.</summary>
public sealed class TwoSiloFixture : HostFixture, IAsyncLifetime
{
    private bool _secondStopped;

    public HotlineTestHost Second { get; private set; } = null!;

    /// <summary>Stops silo B cleanly (membership marks it dead at once).</summary>
    public async Task StopSecond()
    {
        _secondStopped = true;
        await Second.DisposeAsync();
    }

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        Second = await StartHostAsync();
        await KnowEachOther(Host, Second);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (!_secondStopped)
        {
            await Second.DisposeAsync();
        }
        await DisposeAsync();
    }

    public static ILivePublisher Publisher(HotlineTestHost host) => host.App.Services.GetRequiredService<ILivePublisher>();

    public static ILiveChanges Changes(HotlineTestHost host) => host.App.Services.GetRequiredService<ILiveChanges>();

    public static LiveRelay Relay(HotlineTestHost host) => host.App.Services.GetRequiredService<LiveRelay>();

    /// <summary>Waits (bounded) until each host's relay sends to the other: joining is asynchronous to the host's start.</summary>
    public static async Task KnowEachOther(HotlineTestHost one, HotlineTestHost other)
    {
        var oneAddress = Address(one);
        var otherAddress = Address(other);
        await Eventually.Get(() => Task.FromResult(Relay(one).OtherSilos), silos => silos.Contains(otherAddress), timeout: TimeSpan.FromSeconds(30));
        await Eventually.Get(() => Task.FromResult(Relay(other).OtherSilos), silos => silos.Contains(oneAddress), timeout: TimeSpan.FromSeconds(30));
    }

    public static SiloAddress Address(HotlineTestHost host) => host.App.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;
}
