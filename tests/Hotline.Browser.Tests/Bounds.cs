using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Hotline.TestKit;
using Microsoft.Playwright;

namespace Hotline.Browser.Tests;

/// <summary>
/// Bounds for the waits Playwright leaves unbounded (closing a context, evaluating a script such as axe-core) and for a
/// fixture's end: past its bound a wait fails with what it waited for, so a stuck browser or host cannot hold a run silent.
/// </summary>
public static class Bounds
{
    /// <summary>Every Playwright action and navigation of a test's context (Playwright's own default, made explicit).</summary>
    public const float Action = 30_000;

    public static readonly TimeSpan Close = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan Script = TimeSpan.FromSeconds(60);

    public static readonly TimeSpan HostStop = TimeSpan.FromSeconds(90);

    /// <summary>
    /// Closes the page's context (its pages with it), waiting at most <see cref="Close"/>. A context still closing then
    /// is left to the fixture's end, which kills the browser, and said on stderr: it is the test's last step, after its
    /// assertions. (Seen twice, both in the signed-out ticket-action test, once under a concurrent build; the tests after
    /// it ran on the same browser and passed.)
    /// </summary>
    public static async Task CloseContext(this IPage page)
    {
        var closing = page.Context.CloseAsync();
        if (await Task.WhenAny(closing, Task.Delay(Close)) != closing)
        {
            await System.Console.Error.WriteLineAsync($"closing the browser context took more than {Close.TotalSeconds:0} s; left to the fixture's end");
            return;
        }

        await closing;
    }

    /// <summary>axe-core's run on the page (a script evaluation, which Playwright does not bound), failing after <see cref="Script"/>.</summary>
    public static Task<AxeResult> Axe(this IPage page, AxeRunOptions options) => Within(page.RunAxe(options), Script, "axe-core's check of the page");

    /// <summary>A fixture's end: its browser (killed if it does not close), then its host, failing after <see cref="HostStop"/>.</summary>
    public static async Task End(HeadlessChromium chromium, HotlineTestHost? host)
    {
        try
        {
            await chromium.DisposeAsync();
        }
        finally
        {
            if (host is not null)
            {
                await Within(host.DisposeAsync().AsTask(), HostStop, "the test host stopping");
            }
        }
    }

    public static async Task Within(Task task, TimeSpan bound, string what)
    {
        try
        {
            await task.WaitAsync(bound);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{what} took more than {bound.TotalSeconds:0} s", e);
        }
    }

    private static async Task<T> Within<T>(Task<T> task, TimeSpan bound, string what)
    {
        await Within((Task)task, bound, what);
        return await task;
    }
}
