using Hotline.Plugins.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Plugins.SmsGateway;

/// <summary>
/// Entry class of the SMS gateway plugin: the staff notification channel <c>sms</c> and the general manager's SMS line
/// <c>gm-sms</c> (an intake channel), both over one gateway client built from the host's configuration when first used.
/// </summary>
public sealed class SmsGatewayPlugin : IHotlinePlugin
{
    public void ConfigureServices(IServiceCollection services)
    {
        // Factories: the configuration and logging exist only once the host's container is built.
        services.AddSingleton(provider => new SmsGatewaySender(
            SmsGatewayOptions.From(provider.GetService<IConfiguration>()),
            provider.GetService<ILoggerFactory>()?.CreateLogger<SmsGatewaySender>() ?? NullLogger<SmsGatewaySender>.Instance));
        services.AddSingleton<INotificationChannel>(provider => new SmsGatewayChannel(provider.GetRequiredService<SmsGatewaySender>()));
        services.AddSingleton<IIntakeChannel>(provider => new GmSmsIntakeChannel(provider.GetRequiredService<SmsGatewaySender>()));
    }
}
