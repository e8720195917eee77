using Hotline.Organization.Contracts;
using Hotline.Reporting.Contracts;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Reporting.Tests.Support;

/// <summary>What the reporting tests set up: a project of their own (so other tests' tickets do not count), its tickets, its figures.</summary>
public static class Reports
{
    public const string Agent = "cc-agent-1";

    /// <summary>A new project in branch north with <paramref name="households"/> households.</summary>
    public static async Task<string> NewProject(this HostFixture fixture, int households = 100)
    {
        var id = $"p-rep-{Guid.NewGuid():N}"[..16];
        await ExtraProjects.Add(fixture.Grains, fixture.Clock, new ProjectInfo(id, "Reporting test", Demo.North, households));
        return id;
    }

    public static Task<Ticket> Register(this HostFixture fixture, string project, string kind, string? household = null, string? category = null) =>
        fixture.Host.ClientAs(Agent).Register(household is null
            ? new { requestId = Guid.NewGuid().ToString("N"), kind, projectId = project, text = $"{kind} 測試", category, householdNotGiven = true }
            : new { requestId = Guid.NewGuid().ToString("N"), kind, projectId = project, text = $"{kind} 測試", category, household });

    public static IReportFigures Figures(this ReportingFixture fixture) => fixture.Host.App.Services.GetRequiredService<IReportFigures>();

    /// <summary>Today (business time zone) as a one-day period.</summary>
    public static ReportPeriod Today(this ReportingFixture fixture)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fixture.Clock.GetUtcNow(), Demo.Zone).DateTime);
        return ReportPeriod.OfDays(today, today, Demo.Zone);
    }
}
