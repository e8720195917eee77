using Hotline.Reporting.Contracts.WeeklySummaries;
using Hotline.Reporting.Weeks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hotline.Reporting.WeeklySummaries;

/// <summary>The weekly signed summary (A10.1.3.4): its calendar, store, drafting, schedule and endpoints.</summary>
public static class WeeklySummaryModule
{
    public static IHostApplicationBuilder AddWeeklySummaries(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddSingleton(provider => WeekCalendars.From(configuration, provider.GetRequiredService<TimeZoneInfo>()));
        builder.Services.AddSingleton<WeeklySummaryStore>();
        builder.Services.AddSingleton<WeekFacts>();
        builder.Services.AddSingleton<WeeklySummaryDrafter>();
        builder.Services.AddSingleton<WeeklySummaryNotices>();
        builder.Services.AddSingleton<WeeklySummaryService>();
        // What the endpoints and the console's pages read and do, through one piece of code.
        builder.Services.AddSingleton<IWeeklySummaries, WeeklySummaryReader>();
        // After the silo (registered before this module), so the schedule grain is reachable when it starts.
        builder.Services.AddHostedService<WeeklySummaryScheduleStarter>();
        return builder;
    }
}
