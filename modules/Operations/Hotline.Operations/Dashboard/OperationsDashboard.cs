using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Orleans.Dashboard;

namespace Hotline.Operations.Dashboard;

/// <summary>
/// The Orleans Dashboard (Microsoft.Orleans.Dashboard) at <see cref="Path"/>. Its routes are in the access table for the
/// administrator like any endpoint (the console's cookie session, or an administrator's token).
/// </summary>
internal static class OperationsDashboard
{
    public const string Path = "/dashboard";

    public static void AddTo(IHostApplicationBuilder builder, OperationsOptions options) =>
        builder.UseOrleans(silo => silo.AddDashboard(o =>
        {
            o.CounterUpdateIntervalMs = (int)options.DashboardUpdateInterval.TotalMilliseconds;
            // The live call trace streams every grain call's arguments to the browser: too much for an operator's screen.
            o.HideTrace = true;
        }));

    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Path);
        group.MapOrleansDashboard("");
    }
}
