using Hotline.Plugins.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Plugins.SmsGateway;

/// <summary>Entry class of the SMS gateway channel plugin: registers the channel, built from the host's configuration when first used.</summary>
public sealed class SmsGatewayPlugin : IHotlinePlugin
{
    public void ConfigureServices(IServiceCollection services)
    {
        // A factory: the configuration and logging exist only once the host's container is built.
        services.AddSingleton<INotificationChannel>(provider => new SmsGatewayChannel(
            SmsGatewayOptions.From(provider.GetService<IConfiguration>()),
            provider.GetService<ILoggerFactory>()?.CreateLogger<SmsGatewayChannel>() ?? NullLogger<SmsGatewayChannel>.Instance));
    }
}
