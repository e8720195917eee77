using Hotline.Notifications.Inbox;

namespace Hotline.Notifications.Tests.Inbox;

public sealed class InboxCursorTests
{
    [Fact]
    public void Decode_EncodedCursor_SameTimeToTheMicrosecondAndSameId()
    {
        var at = new DateTimeOffset(2026, 11, 28, 1, 2, 3, TimeSpan.Zero).AddTicks(1234567);

        Assert.True(InboxCursor.TryDecode(new InboxCursor(at, "a1b2/Routed/for/x|y").Encode(), out var cursor));

        Assert.Equal(at.AddTicks(-7), cursor.At); // 1234567 ticks = 123456.7 µs: the microsecond is kept
        Assert.Equal("a1b2/Routed/for/x|y", cursor.ItemId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("***")]
    [InlineData("fA")] // "|"
    [InlineData("LTF8eA")] // "-1|x"
    [InlineData("MXwAeA")] // "1|\0x"
    public void TryDecode_NotACursor_False(string text) => Assert.False(InboxCursor.TryDecode(text, out _));
}
