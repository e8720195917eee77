using Hotline.Security.Contracts.Access;
using Hotline.WebConsole.Components;
using Hotline.WebConsole.Session;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hotline.WebConsole;

/// <summary>
/// The staff console (issue 13): Blazor pages under /console with interactive server rendering, on the console's cookie
/// session; every page and button asks the API's access decision (<see cref="IAccessPolicy"/>).
/// </summary>
public static class WebConsoleModule
{
    private const string OpaqueRedirect = "_framework/opaque-redirect";

    /// <summary><paramref name="host"/>: the application's assembly, whose static web assets manifests list the console's files.</summary>
    public static WebApplicationBuilder AddWebConsoleModule(this WebApplicationBuilder builder, System.Reflection.Assembly host)
    {
        var assets = new ConsoleAssets(host.GetName().Name!);
        assets.UseBuildOutput(builder.Environment, builder.Configuration);
        builder.Services.AddSingleton(assets);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<ConsoleSession>();
        builder.Services.AddScoped<ConsoleTime>();
        builder.Services.AddScoped<TicketActions>();
        builder.Services.AddScoped<TicketList.TicketListPlaces>();
        builder.Services.AddScoped<Agent.AgentWorkspace>();
        builder.Services.AddScoped<Reports.WeeklySummaryDesk>().AddScoped<Reports.WeeklySummaryShelf>().AddScoped<Reports.ReportDesk>();
        builder.Services.AddScoped<Warnings.WarningBoard>();
        builder.Services.AddScoped<Admin.AdminAccess>().AddSingleton<Admin.LiveOrganisation>();
        return builder;
    }

    /// <summary>
    /// /console, its language switch, and the static files it needs (this module's wwwroot and the framework's
    /// blazor.web.js, see <see cref="ConsoleAssets"/>), open to anyone.
    /// </summary>
    public static WebApplication MapWebConsole(this WebApplication app)
    {
        app.MapStaticAssets(app.Services.GetRequiredService<ConsoleAssets>().EndpointsManifest)
            .Add(endpoint => endpoint.Metadata.Add(PublicAsset.Instance));
        app.MapGet(LanguageEndpoint.Path, LanguageEndpoint.Choose).ExcludeFromDescription();
        app.MapRazorComponents<ConsoleApp>().AddInteractiveServerRenderMode()
            .Add(endpoint =>
            {
                // Every root maps the framework's one redirect helper; the portal's serves it (same handler), so this
                // copy only ranks after it, and a request for it is never ambiguous between the two roots.
                if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } raw } route && raw.TrimStart('/') == OpaqueRedirect)
                {
                    route.Order = 1;
                }
            });
        return app;
    }
}
