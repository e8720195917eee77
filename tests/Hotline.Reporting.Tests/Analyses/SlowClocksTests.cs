using Hotline.Reporting.Analyses;
using Hotline.Reporting.Contracts;
using Hotline.Reporting.Contracts.Figures;

namespace Hotline.Reporting.Tests.Analyses;

/// <summary>A8.1.4: the slowest clocks and the projects behind them, on figures written out by hand.</summary>
public sealed class SlowClocksTests
{
    private static readonly ReportPeriod Week = new(new DateTimeOffset(2026, 11, 19, 16, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 26, 16, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A8_1_4_clocks_are_ordered_by_on_time_rate_and_each_names_the_five_projects_with_the_lowest_rate()
    {
        // Company: Start 6 on time, 1 late, 1 breached open (8 decided, 75%, 2 breached); Contact 3 on time, 1 breached
        // (75%, 1 breached); Resolution 1 on time, 1 late (50%); Plan nothing decided (3 running).
        var company = Figures("company", Clock("Start", 6, 1, 1, 2), Clock("Contact", 3, 0, 1, 0), Clock("Plan", 0, 0, 0, 3), Clock("Resolution", 1, 1, 0, 0));
        List<OverviewFigures> projects =
        [
            Figures("p1", Clock("Start", 2, 0, 0, 0)),  // 100%
            Figures("p2", Clock("Start", 0, 1, 0, 0)),  // 0%, 1 breached
            Figures("p3", Clock("Start", 0, 0, 2, 0)),  // 0%, 2 breached: before p2
            Figures("p4", Clock("Start", 1, 0, 1, 0)),  // 50%
            Figures("p5", Clock("Start", 3, 1, 0, 0)),  // 75%
            Figures("p6", Clock("Start", 0, 0, 0, 1)),  // nothing decided: not behind the clock
            Figures("p7", Clock("Start", 1, 2, 0, 0)),  // 33.33%
        ];

        var slow = SlowClocks.Of(company, projects, new Dictionary<string, string?> { ["p3"] = "south" });

        Assert.Equal(["Resolution", "Start", "Contact", "Plan"], slow.Select(c => c.Clock));
        var start = slow[1];
        Assert.Equal((8L, 6L, 2L, 0.75), (start.Decided, start.OnTime, start.Breached, start.OnTimeRate!.Value));
        Assert.Equal(["p3", "p2", "p7", "p4", "p5"], start.Projects.Select(p => p.ProjectId));
        Assert.Equal(new SlowProject("p3", "south", 2, 0, 2, 0), start.Projects[0]);
        Assert.Equal(new SlowProject("p7", null, 3, 1, 2, 0.3333), start.Projects[2]);
        Assert.Null(slow[3].OnTimeRate);
        Assert.Empty(slow[3].Projects);
    }

    private static ClockFigures Clock(string clock, long onTime, long late, long breachedOpen, long running) =>
        new(clock, onTime, late, breachedOpen, running, null);

    private static OverviewFigures Figures(string id, params ClockFigures[] clocks) => new(
        id == "company" ? ReportScope.Company : ReportScope.Project(id), Week, Week.To, new ReceivedFigures(0, [], [], []), [], clocks,
        new WarningFigures([], [], 0, null, 0, null), 0, new SuggestionFigures(0, 0, 0), new RatingFigures(0, null, null, null), [], "2026-11", 0m);
}
