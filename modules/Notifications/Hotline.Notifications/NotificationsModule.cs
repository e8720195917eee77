using Hotline.BuildingBlocks;
using Hotline.Notifications.Contracts;
using Hotline.Notifications.Deliveries;
using Hotline.Notifications.Inbox;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hotline.Notifications;

public static class NotificationsModule
{
    /// <summary>
    /// Checks Hotline:Notifications now (a bad value stops the start naming its key) and registers the duty-aware
    /// <see cref="INotifier"/>, the inbox rows, channel deliveries (store, channels, dispatcher) and the one-time move
    /// of legacy inbox states, and <see cref="ITicketNotices"/>. Expects the host's NpgsqlDataSource and business TimeZoneInfo
    /// singletons, the Organization module's QualityDeptDuty, and a silo.
    /// </summary>
    public static IHostApplicationBuilder AddNotificationsModule(this IHostApplicationBuilder builder)
    {
        // This module's tables (Migrations/*.sql in this assembly), created when the host starts.
        builder.Services.AddMigrations(typeof(NotificationsModule).Assembly);
        builder.Services.AddSingleton(NotificationConfiguration.Bind(builder.Configuration));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<InboxStore>();
        builder.Services.TryAddSingleton<IInboxReader, InboxReader>();
        builder.Services.TryAddSingleton<LegacyInboxMigration>();
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(provider => provider.GetRequiredService<LegacyInboxMigration>());
        builder.Services.TryAddSingleton<NotificationDeliveryStore>();
        builder.Services.TryAddSingleton<NotificationChannels>();
        builder.Services.TryAddSingleton<NotificationDispatcher>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<NotificationDispatcher>());
        builder.Services.TryAddSingleton<INotifier, Notifier>();
        builder.Services.TryAddSingleton<ITicketNotices, TicketNotices>();
        return builder;
    }

    /// <summary>/api/inbox and /api/notifications/deliveries.</summary>
    public static IEndpointRouteBuilder MapNotifications(this IEndpointRouteBuilder app)
    {
        app.MapInbox();
        app.MapNotificationDeliveries();
        return app;
    }
}
