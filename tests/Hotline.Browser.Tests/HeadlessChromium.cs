using Microsoft.Playwright;

namespace Hotline.Browser.Tests;

/// <summary>
/// Debian's chromium (/usr/bin/chromium) driven by Playwright, launched on first use (no browser is downloaded). Every
/// context it opens bounds each action and navigation (<see cref="Bounds.Action"/>); disposing closes the browser within
/// <see cref="Bounds.Close"/> and then kills whatever of it still runs, so a stuck browser outlives no fixture.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly SemaphoreSlim _launch = new(1, 1);

    // On the browser's command line (chromium ignores a switch it does not know): how disposing finds this browser's processes.
    private readonly string _marker = $"--hotline-test-browser={Guid.NewGuid():N}";
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task<IBrowser> Browser()
    {
        await _launch.WaitAsync();
        try
        {
            _playwright ??= await Playwright.CreateAsync();
            return _browser ??= await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium",
                Args = ["--no-sandbox", _marker],
                Headless = true,
                Timeout = Bounds.Action,
            });
        }
        finally
        {
            _launch.Release();
        }
    }

    /// <summary>A page in a context of its own (cookies shared with no other test), every wait of it bounded.</summary>
    public async Task<IPage> NewPage(BrowserNewContextOptions options)
    {
        var context = await (await Browser()).NewContextAsync(options);
        context.SetDefaultTimeout(Bounds.Action);
        context.SetDefaultNavigationTimeout(Bounds.Action);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_browser is not null)
            {
                await Bounds.Within(_browser.CloseAsync(), Bounds.Close, "closing the browser");
            }
        }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            // Killed below.
        }
        finally
        {
            _playwright?.Dispose();
            MarkedProcesses.Kill(_marker);
        }
    }
}
