using Hotline.Reporting.MajorComplaints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hotline.Reporting.Analyses;

/// <summary>A8.1.4: QualityDept's weekly analysis for the vice-president, and the major complaints it reports at once.</summary>
public static class WeeklyAnalysisModule
{
    public static IHostApplicationBuilder AddWeeklyAnalyses(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MajorComplaintStore>().AddSingleton<VicePresidents>().AddSingleton<MajorComplaintNotice>();
        builder.Services.AddSingleton<AnalysisQueries>().AddSingleton<WeeklyAnalysisBuilder>().AddSingleton<WeeklyAnalysisStore>()
            .AddSingleton<WeeklyAnalysisNotice>();
        // Listing and releasing, for the endpoints and the console alike.
        builder.Services.AddSingleton<WeeklyAnalyses>();
        builder.Services.AddSingleton<Contracts.Analyses.IWeeklyAnalyses>(provider => provider.GetRequiredService<WeeklyAnalyses>());
        return builder;
    }

    public static IEndpointRouteBuilder MapWeeklyAnalyses(this IEndpointRouteBuilder group)
    {
        group.MapWeeklyAnalysisRoutes();
        group.MapMajorComplaints();
        return group;
    }
}
