using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Hotline.Host.Tests.Deployment;

/// <summary>
/// The Hotline:Cluster failure-detection keys reach Orleans' membership options: defaults chosen so a silo started right
/// after a kill -9 joins within 30 s (Cluster.Tests' FailoverTests measure it), and each key overridable.
/// </summary>
public sealed class ClusterMembershipSettingsTests
{
    private static async Task<ClusterMembershipOptions> Membership(params string[] settings)
    {
        // Built, never started: no database is touched, so any connection string will do.
        await using var app = HotlineApp.Build(["--ConnectionStrings:Hotline=Host=127.0.0.1;Database=unused", $"--Hotline:Security:SigningKey={HotlineTestHost.SigningKey}", .. settings]);
        return app.Services.GetRequiredService<IOptions<ClusterMembershipOptions>>().Value;
    }

    [Fact]
    public async Task Defaults_BoundDeathDeclarationAndStaleHeartbeats()
    {
        var options = await Membership();

        Assert.Equal(TimeSpan.FromSeconds(3), options.ProbeTimeout);
        Assert.Equal(3, options.NumMissedProbesLimit);
        Assert.Equal(TimeSpan.FromSeconds(10), options.IAmAliveTablePublishTimeout);
        Assert.Equal(TimeSpan.FromSeconds(10), options.TableRefreshTimeout);
    }

    [Fact]
    public async Task Keys_OverrideOrleansMembershipOptions()
    {
        var options = await Membership(
            "--Hotline:Cluster:ProbeTimeout=00:00:07", "--Hotline:Cluster:NumMissedProbesLimit=4",
            "--Hotline:Cluster:IAmAliveTablePublishTimeout=00:00:20", "--Hotline:Cluster:TableRefreshTimeout=00:00:30");

        Assert.Equal(TimeSpan.FromSeconds(7), options.ProbeTimeout);
        Assert.Equal(4, options.NumMissedProbesLimit);
        Assert.Equal(TimeSpan.FromSeconds(20), options.IAmAliveTablePublishTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), options.TableRefreshTimeout);
    }

    [Fact]
    public async Task ProbeTimeoutOutsideItsRange_IsRefusedNamingTheKey()
    {
        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => Membership("--Hotline:Cluster:ProbeTimeout=00:00:00.1"));

        Assert.Contains("ProbeTimeout", string.Join('\n', refused.Failures));
    }
}
