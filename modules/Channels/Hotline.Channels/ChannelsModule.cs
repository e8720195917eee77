using Hotline.Hosting;
using Microsoft.AspNetCore.Routing;
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
        return builder;
    }

    /// <summary>The channels' webhooks under /channels/{channel}/… and the operators' endpoints under /api/channels.</summary>
    public static IEndpointRouteBuilder MapChannels(this IEndpointRouteBuilder app) => app;
}
