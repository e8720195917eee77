namespace Hotline.Browser.Tests;

/// <summary>
/// A test of this assembly that waits on a browser, a host or a feed: bounded as a whole, so one that is stuck fails
/// with its name after <see cref="Bound"/> (xunit's timeout of an async test) instead of holding the run silent. Its
/// own waits are bounded shorter (Playwright's timeouts, <see cref="Bounds"/>); this catches the wait nobody bounded.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>3 minutes: below browser.runsettings' 5-minute hang guard, which then names nothing but the stuck run.</summary>
    public const int Bound = 180_000;

    public BrowserFactAttribute()
    {
        Timeout = Bound;
    }
}
