using Hotline.TestKit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Tickets.Tests.Privacy;

/// <summary>A Hotline host of its own whose every log entry, down to Debug, is captured for inspection.</summary>
public sealed class LogCapturingHostFixture : IAsyncLifetime
{
    public CapturingLoggerProvider Logs { get; } = new();

    public FakeTimeProvider Clock { get; } = DemoClock.Create();

    public HotlineTestHost Host { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    public string ServiceId { get; } = $"logs-{Guid.NewGuid():N}"[..20];

    public async Task InitializeAsync()
    {
        var database = await TestPostgres.CreateDatabaseAsync("privacylogs");
        ConnectionString = database;
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:Hotline"] = "Debug",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug",
            ["Logging:LogLevel:Orleans"] = "Debug",
            ["Logging:LogLevel:Npgsql"] = "Debug",
        };
        Host = await HotlineTestHost.StartAsync(database, ServiceId, Clock, settings,
            builder => builder.Logging.AddProvider(Logs));
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
