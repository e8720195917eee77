using Hotline.Notifications.Inbox;

namespace Hotline.Notifications.Tests.Inbox;

/// <summary>How Orleans' ADO.NET storage filed a person's inbox state, and the person id read back from it.</summary>
public sealed class LegacyInboxKeysTests
{
    [Theory]
    [InlineData("cs-hotline", 0L, 0L, "cs-hotline")] // not a number: the whole key is the extension
    [InlineData("7E57", 0L, 0x7E57L, null)] // reads as hexadecimal: an integer key
    [InlineData("abc+night", 0L, 0xABCL, "night")] // integer key with an extension
    public void StorageKeyOf_PersonId_AsTheStorageFilesIt(string personId, long n0, long n1, string? extension) =>
        Assert.Equal((n0, n1, extension), LegacyInboxKeys.StorageKeyOf(personId));

    [Fact]
    public void StorageKeyOf_GuidLikePersonId_GuidBytesSplitInTwo()
    {
        // Guid 00000001-0000-0000-0200-000000000000: bytes 01 00 00 00 | 00 00 | 00 00 | 02 00 ... little-endian halves.
        Assert.Equal((1L, 2L, (string?)null), LegacyInboxKeys.StorageKeyOf("00000001000000000200000000000000"));
    }

    [Theory]
    [InlineData("cs-hotline")]
    [InlineData("7E57A11CE0")]
    [InlineData("00000001000000000200000000000000")]
    [InlineData("C0FFEE+day")]
    public void PersonOf_CanonicalIds_ReadBackUnknown(string personId)
    {
        var (n0, n1, extension) = LegacyInboxKeys.StorageKeyOf(personId);

        Assert.Equal(personId, LegacyInboxKeys.PersonOf(n0, n1, extension, []));
    }

    [Fact]
    public void PersonOf_LowerCaseHexId_KnownPersonWinsOverTheSpelling()
    {
        Assert.Equal("ABC", LegacyInboxKeys.PersonOf(0, 0xABC, null, []));
        Assert.Equal("abc", LegacyInboxKeys.PersonOf(0, 0xABC, null, ["cs-hotline", "abc"]));
    }
}
