using Hotline.Channels.Tests.Support;
using Hotline.Plugins.Abstractions;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Channels.Tests;

/// <summary>
/// One real host for the channel tests, with two test intake channels in its DI: <see cref="Door"/> (<c>test-door</c>, the
/// door tickets come in by) and <see cref="Sms"/> (<c>test-sms</c>, configured as the owner fallback for call-center tickets);
/// the development SMS gateway is on (a non-production environment) and receives the real SMS plugin's posts, and retries
/// are quick so the tests can drive them.
/// </summary>
public sealed class ChannelsFixture : IAsyncLifetime
{
    public const string DoorId = "test-door";
    public const string FallbackId = "test-sms";
    public const string DevGatewayKey = "dev-gateway-key-5c1e";
    public static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(1);

    public FakeTimeProvider Clock { get; } = DemoClock.Create();

    public TestDoor Door { get; } = new(DoorId);

    public TestDoor Sms { get; } = new(FallbackId);

    public HotlineTestHost Host { get; private set; } = null!;

    public HttpClient Http => Host.Http;

    public IGrainFactory Grains => Host.Grains;

    public IServiceProvider Services => Host.App.Services;

    public async Task InitializeAsync()
    {
        var database = await TestPostgres.CreateDatabaseAsync("channels");
        var settings = new Dictionary<string, string?>
        {
            ["environment"] = "Testing",
            // A fixed port, so the development gateway can point the real SMS gateway plugin at this host (as in the demo).
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
        };
        Host = await HotlineTestHost.StartAsync(database, $"test-{Guid.NewGuid():N}"[..20], Clock, settings, builder =>
        {
            builder.Services.AddSingleton<IIntakeChannel>(Door);
            builder.Services.AddSingleton<IIntakeChannel>(Sms);
        });
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
