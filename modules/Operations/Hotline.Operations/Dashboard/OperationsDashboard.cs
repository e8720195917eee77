using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Orleans.Dashboard;

namespace Hotline.Operations.Dashboard;

/// <summary>
/// The Orleans Dashboard (Microsoft.Orleans.Dashboard) at <see cref="Path"/>. Its routes are in the access table for the
/// administrator like any endpoint (the console's cookie session, or an administrator's token). Three of its data routes
/// answer 404 instead (<see cref="Withheld"/>): the package has no switch to leave them out.
/// </summary>
internal static class OperationsDashboard
{
    public const string Path = "/dashboard";

    /// <summary>The dashboard's page, where a person opens it.</summary>
    public const string Address = Path + "/index.html";

    /// <summary>Dashboard routes that are mapped but withheld, and why.</summary>
    public static readonly IReadOnlyDictionary<string, string> Withheld = new Dictionary<string, string>
    {
        [$"{Path}/Reminders"] = "reads the whole reminders table on each request; GET /api/admin/cluster shows the reminders due",
        [$"{Path}/Reminders/{{page:int}}"] = "reads the whole reminders table on each request; GET /api/admin/cluster shows the reminders due",
        // Any grain's raw state: owners' names and phones included, around the audited owner-contact endpoint.
        [$"{Path}/GrainState"] = "shows any grain's raw state, owners' personal data included, without the privacy audit",
        // Every grain call with its arguments, streamed: personal data again, and an endless response.
        [$"{Path}/Trace"] = "streams every grain call with its arguments, owners' personal data included",
    };

    public static void AddTo(IHostApplicationBuilder builder, OperationsOptions options) =>
        builder.UseOrleans(silo => silo.AddDashboard(o =>
        {
            o.CounterUpdateIntervalMs = (int)options.DashboardUpdateInterval.TotalMilliseconds;
            o.HideTrace = true;
        }));

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Path);
        group.MapOrleansDashboard("");
        group.ExcludeFromDescription();
        ((IEndpointConventionBuilder)group).Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder route && route.RoutePattern.RawText is { } raw
                && Withheld.TryGetValue("/" + raw.Trim('/'), out var reason))
            {
                endpoint.RequestDelegate = context => Results.Problem(
                    statusCode: StatusCodes.Status404NotFound, title: "Withheld", detail: $"This dashboard page {reason}.").ExecuteAsync(context);
            }
        });
    }
}
