using Hotline.Channels.Contacts;
using Hotline.Channels.Contracts;
using Hotline.Channels.DevGateway;
using Hotline.Channels.Inbound;
using Hotline.Channels.Outbound;
using Hotline.Channels.PortalMessages;
using Hotline.BuildingBlocks;
using Hotline.Plugins.Abstractions;
using Hotline.Tickets.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
    /// <summary>
    /// Checks Hotline:Channels now (a bad value stops the start naming its key) and registers the inbound side: the
    /// channel registry, the raw store, the processor and its retry sweep, unverified contacts. Expects the host's
    /// NpgsqlDataSource, the Tickets module's ITicketIntake and the Organization module's IHouseholdRegistry.
    /// </summary>
    public static IHostApplicationBuilder AddChannelsModule(this IHostApplicationBuilder builder)
    {
        // This module's tables (Migrations/*.sql in this assembly), created when the host starts.
        builder.Services.AddMigrations(typeof(ChannelsModule).Assembly);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(builder.Services.BindChecked<InboundOptions>(builder.Configuration, InboundOptions.SectionName));
        builder.Services.TryAddSingleton<IntakeChannelRegistry>();
        builder.Services.TryAddSingleton<InboundStore>();
        builder.Services.TryAddSingleton<ContactStore>();
        builder.Services.TryAddSingleton<SenderRateLimiter>();
        builder.Services.TryAddSingleton<OwnerReplies>();
        builder.Services.TryAddSingleton<ChannelAttachments>();
        builder.Services.TryAddSingleton<MessageIntake>();
        builder.Services.TryAddSingleton<InboundProcessor>();
        builder.Services.TryAddSingleton<InboundRetryService>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<InboundRetryService>());
        builder.AddOwnerOutbox();
        return builder;
    }

    /// <summary>The channels' webhooks under /channels/{channel}/… and the operators' endpoints under /api/channels.</summary>
    public static IEndpointRouteBuilder MapChannels(this IEndpointRouteBuilder app)
    {
        // Built now, so a bad or duplicate channel id stops the start naming it.
        app.ServiceProvider.GetRequiredService<IntakeChannelRegistry>();
        app.MapPost(WebhookEndpoint.Route, WebhookEndpoint.Receive)
            .WithTags("Channels")
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimitPolicyNames.ChannelWebhook)
            // A bad signature or timestamp; over the per-sender limit; no secret configured, or the database unreachable.
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        app.MapInboundOperators();
        app.MapContacts();
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
        // How owners chose to be told, and the portal's own messages (the web channel's outbound side).
        services.TryAddSingleton<IOwnerPreferences, OwnerPreferenceStore>();
        services.TryAddSingleton<PortalMessageStore>();
        services.TryAddSingleton<IPortalMessages>(provider => provider.GetRequiredService<PortalMessageStore>());
        // Replies threaded to a message the outbox sent find its ticket.
        services.AddSingleton<IOwnerMessageTickets, OutboxMessageTickets>();
        services.AddSingleton(DevGatewaySetup.Check(builder));
        services.TryAddSingleton<DevSmsOutboxStore>();
    }
}
