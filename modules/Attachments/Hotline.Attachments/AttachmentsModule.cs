using Hotline.BuildingBlocks;
using Hotline.Attachments.Photos;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hotline.Attachments;

/// <summary>
/// Files that come with a ticket (today: photos). A module of its own so every way in (staff console, later
/// the owners' portal) stores them through one set of checks; it learns of tickets only via Tickets.Contracts.
/// </summary>
public static class AttachmentsModule
{
    /// <summary>Checks Hotline:Photos now and registers the photo store. Expects the host's NpgsqlDataSource.</summary>
    public static IHostApplicationBuilder AddAttachmentsModule(this IHostApplicationBuilder builder)
    {
        // This module's tables (Migrations/*.sql in this assembly), created when the host starts.
        builder.Services.AddMigrations(typeof(AttachmentsModule).Assembly);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddTicketPhotos();
        return builder;
    }

    /// <summary>/api/tickets/{id}/photos and /api/tickets/{id}/photos/{photoId}.</summary>
    public static IEndpointRouteBuilder MapAttachments(this IEndpointRouteBuilder app)
    {
        app.MapTicketPhotos();
        return app;
    }
}
