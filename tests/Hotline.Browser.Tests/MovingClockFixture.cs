using Hotline.Plugins.Abstractions;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace Hotline.Browser.Tests;

/// <summary>
/// A Hotline host of its own (own database, demo organisation) whose fake clock the tests MOVE, so deadlines pass and
/// warnings are raised; the shared <see cref="PortalFixture"/>'s clock stays still. Tests move the clock only forward
/// and read every limit relative to it (several tests share this host). Pages are desktop-sized unless asked otherwise.
/// </summary>
public sealed class MovingClockFixture : IConsoleHost, IAsyncLifetime
{
    private readonly HeadlessChromium _chromium = new();

    public FakeTimeProvider Clock { get; } = DemoClock.Create();

    /// <summary>Where the portal's sign-in codes go on this host (its owners' pages are tested after the clock moved).</summary>
    public CapturingCodeChannel Codes { get; } = new();

    public string ConnectionString { get; private set; } = "";

    public string ServiceId { get; } = $"test-{Guid.NewGuid():N}"[..20];

    public HotlineTestHost Host { get; private set; } = null!;

    public Uri Address => Host.Anonymous.BaseAddress!;

    public async Task InitializeAsync()
    {
        ConnectionString = await TestPostgres.CreateDatabaseAsync("moving");
        Host = await HotlineTestHost.StartAsync(ConnectionString, ServiceId, Clock,
            new Dictionary<string, string?>
            {
                ["Hotline:Portal:CodeChannel"] = CapturingCodeChannel.ChannelId,
                // The portal's host mounts the Orleans Dashboard; this one does not, so the cluster page is tested both ways.
                ["Hotline:Operations:DashboardEnabled"] = "false",
            },
            builder => builder.Services.AddSingleton<IIntakeChannel>(Codes));
    }

    /// <summary>
    /// Moves the clock to <paramref name="to"/> (never back) and returns once the reminder tick of <paramref name="grain"/>
    /// due by then has been processed (a deterministic signal, not a sleep).
    /// </summary>
    public async Task MoveTo(DateTimeOffset to, Guid grain)
    {
        var by = to - Clock.GetUtcNow();
        if (by > TimeSpan.Zero)
        {
            Clock.Advance(by);
        }

        await ReminderRows.Settled(Host, ConnectionString, ServiceId, Clock, grain);
    }

    public Task<IPage> NewPage() => NewPage(new ViewportSize { Width = 1280, Height = 900 });

    /// <summary>A zh-TW page of its own (cookies not shared with other tests) at the given size.</summary>
    public Task<IPage> NewPage(ViewportSize size) => _chromium.NewPage(new BrowserNewContextOptions
    {
        BaseURL = Address.ToString(),
        ViewportSize = size,
        Locale = "zh-TW",
    });

    // Bounded: a browser that does not close is killed, a host that does not stop fails the collection's clean-up.
    public Task DisposeAsync() => Bounds.End(_chromium, Host);
}
