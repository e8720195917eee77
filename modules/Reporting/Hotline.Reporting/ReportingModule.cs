using Hotline.BuildingBlocks;
using Hotline.Reporting.Analyses;
using Hotline.Reporting.Bulletins;
using Hotline.Reporting.Contracts;
using Hotline.Reporting.Contracts.Dashboards;
using Hotline.Reporting.Dashboards;
using Hotline.Reporting.Figures;
using Hotline.Reporting.Formats;
using Hotline.Reporting.Notices;
using Hotline.Reporting.Overview;
using Hotline.Reporting.WeeklySummaries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Hotline.Reporting;

/// <summary>
/// QualityDept's deliverables (A6, A8.1.4, A8.3.2, A10.1.3.4, A10.1.3.5): the live view, the weekly signed summaries,
/// the weekly analysis for the vice-president and the monthly bulletin. Figures come from set-based SQL over the
/// query store and this module's own tables, never from calling every grain.
/// </summary>
public static class ReportingModule
{
    public static IHostApplicationBuilder AddReportingModule(this IHostApplicationBuilder builder)
    {
        // This module's tables (Migrations/*.sql in this assembly).
        builder.Services.AddMigrations(typeof(ReportingModule).Assembly);
        builder.Services.TryAddSingleton(TimeProvider.System);
        // The access policy reads a report's scope with this module's parser (Security references no module above it).
        builder.Services.AddSingleton<Hotline.Security.Contracts.Access.IReportScopeReader, Scopes.ReportScopeReader>();
        // The live view's figures, which every report is built from (set-based SQL over the query store).
        builder.Services.AddSingleton<IReportFigures, PostgresReportFigures>();
        // The console's dashboards (issue 13): the overview's figures with per-project penalties and weekly trends.
        builder.Services.AddSingleton<IDashboardFigures, DashboardReader>();

        // Formats: ?format=json|xlsx|csv|html for every report (ReportAnswer), the files and page by ReportRenderer.
        builder.Services.AddSingleton<IReportRenderer, ReportRenderer>().AddSingleton<ReportAnswer>();

        // A stored report's notice (bulletin, weekly analysis): a failure is logged and the stored version stands.
        builder.Services.AddSingleton<StoredReportNotice>();
        builder.AddWeeklySummaries();
        builder.AddWeeklyAnalyses();

        // The monthly bulletin (A10.1.3.5).
        builder.Services.AddSingleton<BulletinComposer>().AddSingleton<BulletinStore>().AddSingleton<BulletinNotice>();
        builder.Services.AddSingleton<MonthlyBulletins>();
        builder.Services.AddSingleton<Contracts.Bulletins.IMonthlyBulletins>(provider => provider.GetRequiredService<MonthlyBulletins>());
        return builder;
    }

    /// <summary>Everything under /api/reports (who may call what: the access table).</summary>
    public static IEndpointRouteBuilder MapReporting(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Reports");
        group.MapBulletins();
        group.MapWeeklySummaries();
        group.MapOverview();
        group.MapWeeklyAnalyses();
        return app;
    }
}
