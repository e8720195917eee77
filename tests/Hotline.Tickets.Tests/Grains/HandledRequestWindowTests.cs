using System.Collections.Immutable;
using Hotline.Tickets.Grains;

namespace Hotline.Tickets.Tests.Grains;

/// <summary>The ticket's idempotency window: the registration's request id for life, then the latest 31 others.</summary>
public sealed class HandledRequestWindowTests
{
    [Fact]
    public void FortyCommandsAfterRegistration_KeepRegistrationAndTheLatest31()
    {
        var handled = HandledRequestWindow.Add([], "register");
        for (var i = 1; i <= 40; i++)
        {
            handled = HandledRequestWindow.Add(handled, $"c{i}");
        }

        // 41 ids were handled; kept: "register", then c10 … c40 (31 ids).
        Assert.Equal(32, handled.Length);
        string[] expected = ["register", .. Enumerable.Range(10, 31).Select(i => $"c{i}")];
        Assert.Equal(expected, handled.ToArray());
    }

    [Fact]
    public void AStateSavedBeforeTheWindow_IsCutBackOnItsNextCommand()
    {
        ImmutableArray<string> stored = [.. Enumerable.Range(0, 500).Select(i => $"r{i}")];

        var handled = HandledRequestWindow.Add(stored, "next");

        string[] expected = ["r0", .. Enumerable.Range(470, 30).Select(i => $"r{i}"), "next"];
        Assert.Equal(expected, handled.ToArray());
    }
}
