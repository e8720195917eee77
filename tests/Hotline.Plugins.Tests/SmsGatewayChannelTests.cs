using Hotline.TestKit;
using System.Net;
using Hotline.Host.Plugins;
using Hotline.Plugins.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Plugins.Tests;

/// <summary>The real SMS channel plugin, loaded from artifacts/plugins, against a fake gateway.</summary>
public sealed class SmsGatewayChannelTests : IDisposable
{
    private const string Phone = "13800138000";
    private const string ApiKey = "test-key-5b1e";
    private readonly FakeSmsGateway _gateway = new();
    private readonly ListLogger _log = new();
    private readonly ServiceProvider _provider;

    public SmsGatewayChannelTests()
    {
        _provider = Load(new Dictionary<string, string?>
        {
            ["Hotline:Channels:SmsGateway:Url"] = _gateway.Url,
            ["Hotline:Channels:SmsGateway:ApiKey"] = ApiKey,
            ["Hotline:Channels:SmsGateway:TimeoutSeconds"] = "5",
        });
    }

    private INotificationChannel Channel => Assert.Single(_provider.GetServices<INotificationChannel>());

    [Fact]
    public void Load_RealArtifactsFolder_SmsChannelPluginLoadedAsChannel()
    {
        var records = PluginCatalogLoader.Load(RepoPaths.PluginArtifacts, new ServiceCollection(), new ListLogger(), HostVersion.Current);

        var sms = Assert.Single(records, r => r.Folder == RepoPaths.SmsPluginFolder);
        Assert.True(sms.State == PluginState.Loaded, sms.Error);
        Assert.Equal(("hotline.channels.sms-gateway", "channel"), (sms.Id, sms.Kind));
        Assert.Empty(sms.Categories);
    }

    [Fact]
    public async Task Send_GatewayAccepts_DeliveredWithKeyAndIdempotencyKey()
    {
        Assert.Equal("sms", Channel.Name);
        Assert.True(Channel.IsConfigured);

        var result = await Channel.Send(Message("m-1"), CancellationToken.None);

        Assert.Equal(ChannelOutcome.Delivered, result.Outcome);
        var request = Assert.Single(_gateway.Accepted);
        Assert.Equal(("m-1", Phone, "【請核實】藍色預警", ApiKey, "m-1"), (request.MessageId, request.To, request.Text, request.ApiKey, request.IdempotencyKey));
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, ChannelOutcome.FailedRetryable)]
    [InlineData(HttpStatusCode.TooManyRequests, ChannelOutcome.FailedRetryable)]
    [InlineData(HttpStatusCode.BadRequest, ChannelOutcome.FailedPermanent)]
    [InlineData(HttpStatusCode.Unauthorized, ChannelOutcome.FailedPermanent)]
    public async Task Send_GatewayFails_OutcomeByStatus(HttpStatusCode status, ChannelOutcome expected)
    {
        _gateway.FailNext(Phone, 1, status);

        var result = await Channel.Send(Message("m-2"), CancellationToken.None);

        Assert.Equal(expected, result.Outcome);
        Assert.Contains(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_NoPhone_PermanentWithoutARequest()
    {
        var result = await Channel.Send(Message("m-3") with { Phone = null }, CancellationToken.None);

        Assert.Equal(ChannelOutcome.FailedPermanent, result.Outcome);
        Assert.Empty(_gateway.Requests);
    }

    [Fact]
    public async Task Send_GatewayUnreachable_Retryable()
    {
        using var provider = Load(new Dictionary<string, string?> { ["Hotline:Channels:SmsGateway:Url"] = "http://127.0.0.1:1/sms" });

        var result = await provider.GetServices<INotificationChannel>().Single().Send(Message("m-4"), CancellationToken.None);

        Assert.Equal(ChannelOutcome.FailedRetryable, result.Outcome);
    }

    [Fact]
    public void Channel_NoUrlConfigured_IsOff()
    {
        using var provider = Load([]);

        Assert.False(provider.GetServices<INotificationChannel>().Single().IsConfigured);
    }

    [Fact]
    public async Task Log_SendsAndFailures_ShowThePhoneMaskedAndNeverTheKey()
    {
        _gateway.FailNext(Phone, 1);
        await Channel.Send(Message("m-5"), CancellationToken.None);
        await Channel.Send(Message("m-5"), CancellationToken.None);

        Assert.NotEmpty(_log.Lines);
        Assert.Contains(_log.Lines, line => line.Contains("138****8000", StringComparison.Ordinal));
        Assert.DoesNotContain(_log.Lines, line => line.Contains(Phone, StringComparison.Ordinal) || line.Contains(ApiKey, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _provider.Dispose();
        _gateway.Dispose();
    }

    private static ChannelMessage Message(string id) => new(id, "sunrise-liaison", Phone, "【請核實】藍色預警", DateTimeOffset.UnixEpoch);

    private ServiceProvider Load(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        PluginCatalogLoader.Load(RepoPaths.PluginArtifacts, services, new ListLogger(), HostVersion.Current);
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new ListLoggerProvider(_log)));
        return services.BuildServiceProvider();
    }
}
