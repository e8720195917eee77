using Hotline.WebConsole.Dashboard;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Browser.Tests.Console.Dashboard;

/// <summary>A dashboard's pushed changes re-read the figures at most once per window of the injected clock (moved by hand here).</summary>
public sealed class ReReadWindowTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(2);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));

    private int _reads;

    private ReReadWindow NewWindow() => new(_clock, Window, () =>
    {
        Interlocked.Increment(ref _reads);
        return Task.CompletedTask;
    });

    [Fact]
    public void I13_FirstChangeReReadsAtOnce_TheRestOfItsWindowOnceWhenItEnds()
    {
        using var window = NewWindow();

        window.Changed();
        Assert.Equal(1, _reads);
        window.Changed();
        window.Changed();
        _clock.Advance(TimeSpan.FromSeconds(1.9));
        Assert.Equal(1, _reads);

        _clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal(2, _reads);

        // That re-read opened a window of its own; with no change in it, its end reads nothing.
        _clock.Advance(Window);
        Assert.Equal(2, _reads);

        // Quiet again: the next change re-reads at once.
        window.Changed();
        Assert.Equal(3, _reads);
    }

    [Fact]
    public void I13_AStreamOfChanges_ReReadsOncePerWindow()
    {
        using var window = NewWindow();

        // 100 changes, one every 0.1 s for 10 s: reads at 0 s, then at the ends of the windows 2, 4, 6, 8 and 10 s.
        for (var i = 0; i < 100; i++)
        {
            window.Changed();
            _clock.Advance(TimeSpan.FromSeconds(0.1));
        }

        Assert.Equal(6, _reads);
    }

    [Fact]
    public void I13_AClosedPage_ReReadsNoMore()
    {
        var window = NewWindow();
        window.Changed();
        window.Changed();

        window.Dispose();
        _clock.Advance(Window * 3);
        window.Changed();

        Assert.Equal(1, _reads);
    }
}
