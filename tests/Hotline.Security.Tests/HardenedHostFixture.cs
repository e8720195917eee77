using Hotline.TestKit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Security.Tests;

/// <summary>
/// A host of its own with a tiny per-person API limit (3 calls, then one a minute) and every log line captured: for
/// the per-person rate limit and the security log, which would disturb the shared fixtures.
/// </summary>
public sealed class HardenedHostFixture : IAsyncLifetime
{
    public const int Burst = 3;

    public FakeTimeProvider Clock { get; } = DemoClock.Create();

    public LogCapture Log { get; } = new();

    public HotlineTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var database = await TestPostgres.CreateDatabaseAsync("hardenedhost");
        Host = await HotlineTestHost.StartAsync(database, $"test-{Guid.NewGuid():N}"[..20], Clock, new Dictionary<string, string?>
        {
            ["Hotline:Security:StaffRateLimit:Burst"] = Burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Hotline:Security:StaffRateLimit:PerMinute"] = "1",
        }, builder => builder.Logging.AddProvider(Log));
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
