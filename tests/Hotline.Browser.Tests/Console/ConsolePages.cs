using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Hotline.Security.Identity.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.Browser.Tests.Console;

/// <summary>What a member of staff does in the console, step by step, waiting on what the page shows (never on time).</summary>
internal static partial class ConsolePages
{
    public const string Password = "console-test-password";

    /// <summary>Gives the person a known password, opens /console, is sent to the real sign-in form, signs in and comes back.</summary>
    public static async Task SignIn(IPage page, IConsoleHost fixture, string personId)
    {
        var services = fixture.Host.App.Services;
        var hash = services.GetRequiredService<StaffPasswords>().Hash(Password);
        var accounts = services.GetRequiredService<AccountStore>();
        if (!await accounts.CreateAsync(personId, personId, hash, fixture.Clock.GetUtcNow()))
        {
            await accounts.SetPasswordAsync(personId, hash, fixture.Clock.GetUtcNow());
        }

        await SignInAgain(page, personId);
    }

    /// <summary>
    /// Signs the person in on another device with the password <see cref="SignIn"/> gave them, without setting it again
    /// (a new password would end their sessions elsewhere).
    /// </summary>
    public static async Task SignInAgain(IPage page, string personId)
    {
        await page.GotoAsync("/console");
        await Expect(page).ToHaveURLAsync(SignInForm());
        await page.GetByLabel("Username").FillAsync(personId);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(MyWork());
        await Interactive(page);
    }

    /// <summary>Waits until the page's circuit runs (its buttons work from then on).</summary>
    public static Task Interactive(IPage page) => Expect(page.Locator("main[data-interactive=yes]")).ToBeVisibleAsync();

    /// <summary>
    /// Chooses a file in a Blazor InputFile once the component listens: a file chosen between the page turning
    /// interactive and InputFile's own start-up (its listener is attached after its first render) is never seen, and the
    /// import button stays disabled (a CI run failed so).
    /// </summary>
    public static async Task ChooseFile(IPage page, string selector, FilePayload file)
    {
        await page.WaitForFunctionAsync(
            "s => { const e = document.querySelector(s); return !!e && e._blazorInputFileNextFileId !== undefined; }",
            selector,
            new PageWaitForFunctionOptions { Timeout = 30_000 });
        await page.Locator(selector).SetInputFilesAsync(file);
    }

    /// <summary>A screenshot of this step in the test output folder (screenshots/).</summary>
    public static async Task Screenshot(IPage page, string step)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"console-{step}.png"), FullPage = true });
    }

    /// <summary>axe-core's label and contrast rules on the page as it is now: none may be violated.</summary>
    public static async Task NoLabelOrContrastProblems(IPage page)
    {
        var result = await page.Axe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions
            {
                Type = "rule",
                Values = ["label", "color-contrast", "button-name", "link-name", "select-name", "input-button-name", "document-title", "html-has-lang", "page-has-heading-one"],
            },
        });
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }

    [GeneratedRegex("/account/sign-in")]
    public static partial Regex SignInForm();

    [GeneratedRegex("/console$")]
    public static partial Regex MyWork();
}
