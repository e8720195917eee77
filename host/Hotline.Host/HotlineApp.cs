using Hotline.Attachments;
using Hotline.CallCenter;
using Hotline.Channels;
using Hotline.Escalation;
using Hotline.Host.Configuration;
using Hotline.Host.Health;
using Hotline.Host.Http;
using Hotline.Host.Observability;
using Hotline.Host.OpenApi;
using Hotline.Host.Plugins;
using Hotline.Host.Silo;
using Hotline.Host.Storage;
using Hotline.Live;
using Hotline.Notifications;
using Hotline.Operations;
using Hotline.Organization;
using Hotline.Portal;
using Hotline.Reporting;
using Hotline.Security;
using Hotline.Tickets;
using Hotline.Tickets.Api;
using Hotline.Tickets.Queries;
using Hotline.WebConsole;

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
        builder.AddHotlineObservability();
        builder.AddOrganizationModule();
        builder.AddTicketsModule();
        builder.AddAttachmentsModule();
        builder.AddEscalationModule();
        builder.AddNotificationsModule();
        builder.AddSecurityModule();
        builder.AddChannelsModule();
        builder.AddCallCenterModule();
        builder.AddPortalModule();
        builder.AddReportingModule();
        builder.AddOperationsModule();
        builder.AddWebConsoleModule(typeof(HotlineApp).Assembly);
        builder.AddLiveModule();
        builder.AddHotlineHttpHardening();
        builder.AddHotlineOpenApi();
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        customize?.Invoke(builder);

        var app = builder.Build();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            app.Logger.LogInformation("{GarbageCollection}", GarbageCollectionReport.Describe());
            app.Logger.LogInformation("Hotline is running at {Urls}", string.Join(", ", app.Urls));
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseHotlineHttpHardening();
        app.UseHotlineMetricsForOperators();
        app.UseHotlineSecurity();
        app.MapHotlineHealth();
        app.MapHotlineMetrics();
        app.MapPlugins();
        app.MapOrganization();
        app.MapTickets();
        app.MapTicketQueries();
        app.MapAttachments();
        app.MapEscalation();
        app.MapNotifications();
        app.MapSecurity();
        app.MapChannels();
        app.MapCallCenter();
        app.MapPortal();
        app.MapReporting();
        app.MapOperations();
        app.MapWebConsole();
        app.MapHotlineOpenApi();
        return app;
    }

    /// <summary>
    /// Runs the host. The database is opened (embedded server started, every module's migrations applied) as the
    /// first start step, here, so a refusal ends the start with its own message before anything else starts.
    /// </summary>
    public static async Task Run(string[] args)
    {
        await using var app = Build(args);
        await OpenDatabase(app);
        await app.RunAsync();
    }

    /// <summary>The explicit migration command: brings the schema of every registered module up to date and stops.</summary>
    public static async Task Migrate(string[] args)
    {
        // Last on the command line, so it wins: this command migrates whatever the hosts' setting says.
        await using var app = Build([.. args, $"--{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.MigrateAtStart)}=true"]);
        await (await OpenDatabase(app)).CloseAsync();
    }

    /// <summary>Opens the host's database; Ctrl+C while waiting for it cancels the start quietly.</summary>
    public static async Task<HotlineDatabase> OpenDatabase(WebApplication app)
    {
        using var stop = StartupCancellation.Create();
        var database = app.Services.GetRequiredService<HotlineDatabase>();
        await database.OpenAsync(stop.Token);
        return database;
    }
}
