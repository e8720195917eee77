using System.Text;
using Hotline.Plugins.Abstractions;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace Hotline.Browser.Tests;

/// <summary>
/// One Hotline host on its own database (listening on a real port) with three registered households of p-sunrise, the
/// capturing code channel, a capturing SMS line answering owners (<see cref="Sms"/>, the owner fallback), and one headless
/// Debian chromium for the whole assembly; each test opens its own context.
/// </summary>
public sealed class PortalFixture : IConsoleHost, IAsyncLifetime
{
    public const string Project = "p-sunrise";

    /// <summary>The owners' numbers: <c>Phones[i]</c> is registered for household 3-1-12{i+1:D2} only (one per test, since codes are rate-limited per number).</summary>
    public static readonly string[] Phones = [.. Enumerable.Range(1, 20).Select(i => $"138001380{i:D2}")];

    public const string SmsId = "test-sms";

    public static string HouseholdOf(int owner) => $"3-1-12{owner + 1:D2}";

    // Launched on first use: the sign-in API tests of this assembly need no browser.
    private readonly HeadlessChromium _chromium = new();

    public FakeTimeProvider Clock { get; } = DemoClock.Create();

    public CapturingCodeChannel Codes { get; } = new();

    /// <summary>The SMS line owners are told by when the portal is not their choice (<c>Hotline:Channels:OwnerFallback</c>).</summary>
    public CapturingCodeChannel Sms { get; } = new(SmsId);

    public HotlineTestHost Host { get; private set; } = null!;

    public Uri Address => Host.Anonymous.BaseAddress!;

    private string _database = "";

    private readonly string _serviceId = $"test-{Guid.NewGuid():N}"[..20];

    public async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync("browser");
        Host = await StartSiloAsync();
        var csv = new StringBuilder("building,unit,room,phones\n");
        for (var i = 0; i < Phones.Length; i++)
        {
            csv.Append($"3,1,12{i + 1:D2},{Phones[i]}\n");
        }

        (await Host.ClientAs("admin").PostAsync($"/api/organization/projects/{Project}/households/import",
            new StringContent(csv.ToString(), Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
    }

    /// <summary>
    /// A silo of this host's cluster (the first one, or another on the same database and cluster for a test that needs
    /// two: that test disposes it), with the same settings and channels.
    /// </summary>
    public Task<HotlineTestHost> StartSiloAsync() => HotlineTestHost.StartAsync(_database, _serviceId, Clock,
        new Dictionary<string, string?>
        {
            ["Hotline:Portal:CodeChannel"] = CapturingCodeChannel.ChannelId,
            ["Hotline:Channels:OwnerFallback"] = SmsId,
            // Every test comes from 127.0.0.1: the per-address limit (real time) is not what these tests are about.
            ["Hotline:RateLimits:OwnerPortal:PermitLimit"] = "10000",
            // Likewise the console's sign-ins: dozens of tests sign the same demo people in from one address.
            ["Hotline:RateLimits:SignIn:PermitLimit"] = "10000",
            ["Hotline:RateLimits:SignInPerAddress:PermitLimit"] = "10000",
        },
        builder =>
        {
            builder.Services.AddSingleton<IIntakeChannel>(Codes);
            builder.Services.AddSingleton<IIntakeChannel>(Sms);
        });

    /// <summary>A phone-sized, touch, zh-TW page of its own (cookies not shared with other tests).</summary>
    public Task<IPage> NewPage() => _chromium.NewPage(new BrowserNewContextOptions
    {
        BaseURL = Address.ToString(),
        ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        IsMobile = true,
        HasTouch = true,
        Locale = "zh-TW",
    });

    // Bounded: a browser that does not close is killed, a host that does not stop fails the collection's clean-up.
    public Task DisposeAsync() => Bounds.End(_chromium, Host);
}
