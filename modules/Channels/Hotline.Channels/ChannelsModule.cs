using Hotline.Channels.Contracts;
using Hotline.Channels.DevGateway;
using Hotline.Channels.Outbound;
using Hotline.Hosting;
using Hotline.Plugins.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hotline.Channels;

/// <summary>
/// The owners' doors (A2): the intake channels contributed by plugins (<c>IIntakeChannel</c>), what they receive
/// (stored raw first, then turned into tickets) and what Hotline tells owners back through them.
/// </summary>
public static class ChannelsModule
{
    public static IHostApplicationBuilder AddChannelsModule(this IHostApplicationBuilder builder)
    {
        // This module's tables (Migrations/*.sql in this assembly), created when the host starts.
        builder.Services.AddMigrations(typeof(ChannelsModule).Assembly);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddOwnerOutbox();
        return builder;
    }

    /// <summary>The channels' webhooks under /channels/{channel}/… and the operators' endpoints under /api/channels.</summary>
    public static IEndpointRouteBuilder MapChannels(this IEndpointRouteBuilder app)
    {
        app.MapOwnerOutbox();
        app.MapDevGateway();
        return app;
    }

    /// <summary>
    /// The owner hears back: <see cref="IOwnerNotices"/>, the owner outbox and its dispatcher through the intake channels,
    /// and the local development SMS gateway (checked now: a bad value or a production start with it stops the start).
    /// </summary>
    private static void AddOwnerOutbox(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(builder.Services.BindChecked<OwnerOutboxOptions>(builder.Configuration, OwnerOutboxOptions.SectionName));
        var fallback = builder.Configuration[OwnerOutboxOptions.FallbackKey] is { Length: > 0 } configured ? configured.Trim() : OwnerOutboxOptions.DefaultFallback;
        services.TryAddSingleton(provider => new OwnerChannels(provider.GetServices<IIntakeChannel>(), fallback));
        services.TryAddSingleton<OwnerOutboxStore>();
        services.TryAddSingleton<OwnerDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<OwnerDispatcher>());
        services.TryAddSingleton<IOwnerNotices, OwnerNotices>();
        services.AddSingleton(DevGatewaySetup.Check(builder));
        services.TryAddSingleton<DevSmsOutboxStore>();
    }
}
