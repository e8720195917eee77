using Hotline.BuildingBlocks;
using Hotline.Operations.Api;
using Hotline.Operations.Cluster;
using Hotline.Operations.Contracts;
using Hotline.Operations.Dashboard;
using Hotline.Operations.Reminders;
using Hotline.Operations.Storage;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hotline.Operations;

/// <summary>
/// Cluster operations for operators (issue 13, "Cluster"): the cluster status (<see cref="IClusterStatus"/>, GET
/// /api/admin/cluster) and the Orleans Dashboard at /dashboard, both for the administrator. No tables of its own: it
/// reads Orleans' membership through the management grain and the reminder table by SQL.
/// </summary>
public static class OperationsModule
{
    public static IHostApplicationBuilder AddOperationsModule(this IHostApplicationBuilder builder)
    {
        var options = builder.Services.BindChecked<OperationsOptions>(builder.Configuration, OperationsOptions.SectionName);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ClusterMembers>();
        builder.Services.AddSingleton<ReminderSchedule>();
        builder.Services.AddSingleton<StorageProbe>();
        builder.Services.AddSingleton<IClusterStatus, ClusterStatusReader>();
        // The same switch decides what MapOperations mounts, so the console's link and the route cannot disagree.
        builder.Services.AddSingleton(new OrleansDashboardLink(options.DashboardEnabled ? OperationsDashboard.Address : null));
        if (options.DashboardEnabled)
        {
            OperationsDashboard.AddTo(builder, options);
        }

        return builder;
    }

    /// <summary>GET /api/admin/cluster and, when enabled, /dashboard (the administrator only: access table).</summary>
    public static IEndpointRouteBuilder MapOperations(this IEndpointRouteBuilder app)
    {
        app.MapClusterStatus();
        if (app.ServiceProvider.GetRequiredService<IOptions<OperationsOptions>>().Value.DashboardEnabled)
        {
            OperationsDashboard.Map(app);
        }

        return app;
    }
}
