using Hotline.Tickets.Queries;

namespace Hotline.Tickets.Tests.Queries;

public sealed class OrleansGuidKeyTests
{
    [Fact]
    public void Split_KnownGuid_UsesLittleEndianHalvesOfToByteArray()
    {
        var id = Guid.Parse("00112233-4455-6677-8899-aabbccddeeff");

        var (n0, n1) = OrleansGuidKey.Split(id);

        Assert.Equal(BitConverter.ToInt64(id.ToByteArray(), 0), n0);
        Assert.Equal(BitConverter.ToInt64(id.ToByteArray(), 8), n1);
        Assert.Equal(0x6677_4455_0011_2233L, n0);
    }

    [Fact]
    public void Join_AnySplitKey_ReturnsTheGuid()
    {
        foreach (var id in new[] { Guid.Empty, Guid.AllBitsSet, Guid.NewGuid(), Guid.NewGuid() })
        {
            var (n0, n1) = OrleansGuidKey.Split(id);
            Assert.Equal(id, OrleansGuidKey.Join(n0, n1));
        }
    }
}
