using System.Globalization;
using System.Text;
using Hotline.Organization.Contracts;
using Hotline.Plugins.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Hotline.Channels.Tests.Support;

/// <summary>
/// One real host on its own database with the real SMS plugin (intake channel gm-sms) and four test channels: one that
/// can be broken, one without a secret, <see cref="Door"/> (<c>test-door</c>, a door tickets come in by) and
/// <see cref="Sms"/> (<c>test-sms</c>, the owner fallback for call-center tickets). The development SMS gateway is on
/// and receives the real SMS plugin's posts. Retries are quick on the fake clock; every log line is captured.
/// </summary>
public sealed class ChannelsFixture : IAsyncLifetime
{
    public const string SmsSecret = "gm-sms-test-secret-7f3a91";
    public const string FlakySecret = "flaky-test-secret-0c2b55";
    public const string DoorId = "test-door";
    public const string FallbackId = "test-sms";
    public const string DevGatewayKey = "dev-gateway-key-5c1e";
    public static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(1);

    public TestDoor Door { get; } = new(DoorId);

    public TestDoor Sms { get; } = new(FallbackId);

    public IServiceProvider Services => Host.App.Services;

    public FakeTimeProvider Clock { get; } = DemoClock.Create();

    public FlakyChannel Flaky { get; } = new("test-flaky");

    public FlakyChannel Unsigned { get; } = new("test-unsigned");

    public LogCapture Log { get; } = new();

    public string ConnectionString { get; private set; } = "";

    public string ServiceId { get; } = $"test-{Guid.NewGuid():N}"[..20];

    public HotlineTestHost Host { get; private set; } = null!;

    public HttpClient Http => Host.Http;

    /// <summary>The channel's provider: no sign-in, only the webhook signature.</summary>
    public HttpClient Provider => Host.Anonymous;

    public IGrainFactory Grains => Host.Grains;

    public async Task InitializeAsync()
    {
        ConnectionString = await TestPostgres.CreateDatabaseAsync("channelsfixture");
        Host = await StartHostAsync();
        Host.App.Services.GetRequiredService<ILoggerFactory>().AddProvider(Log);
    }

    /// <summary>
    /// Another silo on the same database and cluster (the racing-deliveries test); <paramref name="connectionString"/>
    /// reaches that database another way (through a <see cref="DatabaseGate"/>).
    /// </summary>
    public Task<HotlineTestHost> StartHostAsync(string? connectionString = null) => HotlineTestHost.StartAsync(connectionString ?? ConnectionString, ServiceId, Clock, new Dictionary<string, string?>
    {
        ["Hotline:Channels:gm-sms:Secret"] = SmsSecret,
        ["Hotline:Channels:test-flaky:Secret"] = FlakySecret,
        ["Hotline:Channels:RetryDelay"] = "00:00:05",
        ["Hotline:Channels:SweepInterval"] = "00:00:05",
        ["Hotline:Channels:PerSender:PermitLimit"] = "3",
        ["Hotline:Channels:PerSender:WindowSeconds"] = "3600",
        // The owner outbox and the development SMS gateway (a non-production environment). A fixed port, so the
        // gateway can point the real SMS gateway plugin at this host (as in the demo).
        ["environment"] = "Testing",
        ["urls"] = $"http://127.0.0.1:{FreePort.Next()}",
        ["Hotline:Channels:SmsGateway:ApiKey"] = DevGatewayKey,
        ["Hotline:Sla:DutyWindow:Start"] = "00:00",
        ["Hotline:Sla:DutyWindow:End"] = "24:00",
        ["Hotline:Channels:OwnerFallback"] = FallbackId,
        ["Hotline:Channels:Outbox:MaxAttempts"] = "3",
        ["Hotline:Channels:Outbox:RetryDelay"] = RetryDelay.ToString(),
        ["Hotline:Channels:Outbox:SweepInterval"] = "00:00:10",
        ["Hotline:Channels:DevGateway:Enabled"] = "true",
        ["Hotline:Channels:DevGateway:ApiKey"] = DevGatewayKey,
    }, builder =>
    {
        builder.Services.AddSingleton<IIntakeChannel>(Flaky);
        builder.Services.AddSingleton<IIntakeChannel>(Unsigned);
        builder.Services.AddSingleton<IIntakeChannel>(Door);
        builder.Services.AddSingleton<IIntakeChannel>(Sms);
    });

    /// <summary>A new project with a household registry: one household listing <paramref name="phone"/> (building 5, unit 2, room 502).</summary>
    public async Task<string> ProjectWithOwner(string phone)
    {
        var id = $"p-ch-{Guid.NewGuid():N}"[..16];
        await ExtraProjects.Add(Grains, Clock, new ProjectInfo(id, "Channels", "north", 10));
        var csv = $"building,unit,room,phones\n5,2,502,{phone}\n5,2,503,13000000000\n";
        (await Http.PostAsync($"/api/organization/projects/{id}/households/import", new StringContent(csv, Encoding.UTF8, "text/csv"))).EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>A mobile number no other test uses.</summary>
    public static string NewPhone() => "139" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);

    /// <summary>Rows in inbound_messages, read straight from the table (what "nothing stored" means).</summary>
    public async Task<long> StoredRows()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select count(*) from inbound_messages", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
