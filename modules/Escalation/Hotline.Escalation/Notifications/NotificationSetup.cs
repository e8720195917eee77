using Hotline.Escalation.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hotline.Escalation.Notifications;

public static class NotificationSetup
{
    /// <summary>Hotline:Notifications, the duty-aware <see cref="INotifier"/>, and channel deliveries (store, channels, dispatcher).</summary>
    public static IHostApplicationBuilder AddNotifications(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(NotificationConfiguration.Bind(builder.Configuration));
        builder.Services.TryAddSingleton<NotificationDeliveryStore>();
        builder.Services.TryAddSingleton<NotificationChannels>();
        builder.Services.TryAddSingleton<NotificationDispatcher>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<NotificationDispatcher>());
        builder.Services.TryAddSingleton<INotifier, Notifier>();
        return builder;
    }
}
