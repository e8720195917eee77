using Hotline.TestKit;

namespace Hotline.Host.Tests;

/// <summary>Tests give a host a silo port and a gateway port from <see cref="FreePort"/>; the two must never be the same.</summary>
public sealed class FreePortTests
{
    [Fact]
    public void Next_ManyTimes_NeverTheSamePortTwice()
    {
        // About 28,000 ephemeral ports: 2,000 system picks alone repeat one with near certainty (the birthday bound).
        var ports = Enumerable.Range(0, 2000).Select(_ => FreePort.Next()).ToList();

        Assert.Equal(ports.Count, ports.Distinct().Count());
    }
}
