using Hotline.Reporting.Weeks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hotline.Reporting.WeeklySummaries;

/// <summary>The weekly signed summary (A10.1.3.4): its calendar, store, schedule and endpoints.</summary>
public static class WeeklySummaryModule
{
    public static IHostApplicationBuilder AddWeeklySummaries(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddSingleton(provider => WeekCalendars.From(configuration, provider.GetRequiredService<TimeZoneInfo>()));
        return builder;
    }

    public static IEndpointRouteBuilder MapWeeklySummaries(this IEndpointRouteBuilder group) => group;
}
