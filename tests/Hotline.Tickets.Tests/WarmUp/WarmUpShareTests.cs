using System.Collections.Immutable;
using System.Net;
using Hotline.Tickets.WarmUp;
using Orleans.Runtime;

namespace Hotline.Tickets.Tests.WarmUp;

/// <summary>
/// Issue 14: on a cluster each due ticket is warmed by one silo, not by all: the active silos in silo-address order share the
/// tickets by id, and a silo that does not see itself active yet warms them all (the warm-up only hurries).
/// </summary>
public sealed class WarmUpShareTests
{
    [Fact]
    public void I14_ThreeActiveSilos_TheMiddleOneByAddressIsShareTwoOfThree()
    {
        // Same generation and host: ordered by port. The dead and the joining silo take no share.
        var snapshot = Snapshot((11113, SiloStatus.Active), (11111, SiloStatus.Active), (11110, SiloStatus.Dead),
            (11112, SiloStatus.Active), (11114, SiloStatus.Joining));

        Assert.Equal(new WarmUpShare(1, 3), WarmUpShare.Of(snapshot, Silo(11112)));
        Assert.Equal(new WarmUpShare(0, 3), WarmUpShare.Of(snapshot, Silo(11111)));
        Assert.Equal(WarmUpShare.All, WarmUpShare.Of(snapshot, Silo(11114)));
    }

    [Fact]
    public void I14_TicketIdsFirstEightBytesModuloTheSiloCount_NameTheShareThatWarmsIt()
    {
        // First eight bytes 05 00 .. 00 read little-endian: 5; 5 mod 3 = 2, so the third share and no other.
        var five = new Guid([5, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]);
        Assert.Equal([false, false, true], [new WarmUpShare(0, 3).Contains(five), new WarmUpShare(1, 3).Contains(five), new WarmUpShare(2, 3).Contains(five)]);

        // 00 01 00 .. 00: 256; 256 mod 3 = 1.
        var twoFiftySix = new Guid([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        Assert.True(new WarmUpShare(1, 3).Contains(twoFiftySix));
        Assert.False(new WarmUpShare(0, 3).Contains(twoFiftySix));
        Assert.True(WarmUpShare.All.Contains(twoFiftySix));
    }

    private static SiloAddress Silo(int port) => SiloAddress.New(new IPEndPoint(IPAddress.Loopback, port), 1);

    private static ClusterMembershipSnapshot Snapshot(params (int Port, SiloStatus Status)[] silos) =>
        new(silos.ToImmutableDictionary(s => Silo(s.Port), s => new ClusterMember(Silo(s.Port), s.Status, $"silo-{s.Port}")),
            new MembershipVersion(silos.Length));
}
