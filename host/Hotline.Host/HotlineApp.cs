using Hotline.Attachments;
using Hotline.Escalation;
using Hotline.Host.Configuration;
using Hotline.Host.Health;
using Hotline.Host.Http;
using Hotline.Host.OpenApi;
using Hotline.Host.Plugins;
using Hotline.Host.Silo;
using Hotline.Host.Storage;
using Hotline.Notifications;
using Hotline.Organization;
using Hotline.Security;
using Hotline.Tickets;
using Hotline.Tickets.Api;
using Hotline.Tickets.Queries;

namespace Hotline.Host;

/// <summary>The whole application: one list of modules. Tests build it the same way, adding their overrides.</summary>
public static class HotlineApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? customize = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddHotlineConfiguration();
        builder.AddHotlineStorage();
        builder.AddHotlinePlugins();
        builder.AddHotlineSilo();
        builder.AddHotlineHealth();
        builder.AddOrganizationModule();
        builder.AddTicketsModule();
        builder.AddAttachmentsModule();
        builder.AddEscalationModule();
        builder.AddNotificationsModule();
        builder.AddSecurityModule();
        builder.AddHotlineHttpHardening();
        builder.AddHotlineOpenApi();
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        customize?.Invoke(builder);

        var app = builder.Build();
        app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation(
            "Hotline is running at {Urls}", string.Join(", ", app.Urls)));
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseHotlineHttpHardening();
        app.UseHotlineSecurity();
        app.MapHotlineHealth();
        app.MapPlugins();
        app.MapOrganization();
        app.MapTickets();
        app.MapTicketQueries();
        app.MapAttachments();
        app.MapEscalation();
        app.MapNotifications();
        app.MapSecurity();
        app.MapHotlineOpenApi();
        return app;
    }

    /// <summary>The explicit migration command: brings the schema up to date (AddHotlineStorage does it) and stops.</summary>
    public static async Task Migrate(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddHotlineConfiguration();
        builder.AddHotlineStorage();
        var database = (HotlineDatabase)builder.Services.Single(s => s.ServiceType == typeof(HotlineDatabase)).ImplementationInstance!;
        if (database.Embedded is { } embedded)
        {
            await embedded.StopAsync();
        }
    }
}
