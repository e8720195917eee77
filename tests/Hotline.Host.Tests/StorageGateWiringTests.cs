using Hotline.Host.Storage;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Orleans.Storage;

namespace Hotline.Host.Tests;

/// <summary>The running host's grain storage and reminder table are the gated ones, with the configured capacity.</summary>
public sealed class StorageGateWiringTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public void RunningHost_DefaultStorageAndReminderTable_BehindTheGateOf32()
    {
        var services = fixture.Host.App.Services;

        Assert.IsType<GatedGrainStorage>(services.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME));
        Assert.IsType<GatedGrainStorage>(services.GetRequiredService<IGrainStorage>());
        Assert.IsType<GatedReminderTable>(services.GetRequiredService<IReminderTable>());
        Assert.Equal(32, services.GetRequiredService<StorageGate>().Capacity);
    }
}
