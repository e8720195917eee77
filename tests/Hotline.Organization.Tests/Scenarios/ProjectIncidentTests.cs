using Hotline.Escalation.Contracts;
using Hotline.Kernel;
using Hotline.Organization.Contracts;
using Hotline.Organization.Tests.Support;

namespace Hotline.Organization.Tests.Scenarios;

/// <summary>A11.3.3: one issue reaching 5% of a project's households raises one red warning. Needs the Escalation module.</summary>
[Collection(OrganizationCollection.Name)]
public sealed class ProjectIncidentTests(OrganizationFixture fixture)
{
    private IProjectGrain Sunrise => fixture.Grains.GetGrain<IProjectGrain>("p-sunrise");

    [Fact]
    public async Task A11_3_3_BelowThreshold_RaisesNothing()
    {
        var key = Reports.NewKey("gate");

        var results = await Reports.Households(Sunrise, fixture.Clock, key, 59);

        Assert.All(results, r => Assert.Null(r.Result.ProjectIncidentWarningId));
        Assert.Null(await Warnings.Get(fixture.Grains, Warnings.ProjectIncident("p-sunrise", key, 1)));
    }

    [Fact]
    public async Task A11_3_3_AtExactlyFivePercent_RaisesOneRed_TheNextHouseholdLinks()
    {
        var key = Reports.NewKey("lift");
        var expected = Warnings.ProjectIncident("p-sunrise", key, 1);

        var results = await Reports.Households(Sunrise, fixture.Clock, key, 60);

        Assert.All(results.Take(59), r => Assert.Null(r.Result.ProjectIncidentWarningId));
        Assert.Equal(expected, results[59].Result.ProjectIncidentWarningId);
        var warning = await Warnings.Get(fixture.Grains, expected);
        Assert.NotNull(warning);
        Assert.Equal((WarningLevel.Red, WarningTrigger.ProjectSameIssue), (warning.Level, warning.Trigger));
        Assert.Equal($"A11.3.3: 60 of 1200 households (≥5%) report {key} within 30 days", warning.Rule);
        Assert.Equal(new Actor("hotline", "System"), warning.RaisedBy);
        Assert.Null(warning.Subject.TicketId);
        Assert.Equal(("p-sunrise", "north", key), (warning.Subject.ProjectId, warning.Subject.BranchId, warning.Subject.IssueKey));
        Assert.Equal(results.Select(r => r.Report.TicketId).Order(), warning.Subject.LinkedTickets.Order());

        var sixtyFirst = Reports.New(fixture.Clock, key, Reports.Household(60));
        var again = Reports.New(fixture.Clock, key, Reports.Household(0));
        Assert.Equal(expected, (await Sunrise.RecordIssue(sixtyFirst)).ProjectIncidentWarningId);
        Assert.Equal(expected, (await Sunrise.RecordIssue(again)).ProjectIncidentWarningId);

        var linked = (await Warnings.Get(fixture.Grains, expected))!.Subject.LinkedTickets;
        Assert.Equal(62, linked.Length);
        Assert.Contains(sixtyFirst.TicketId, linked);
        Assert.Contains(again.TicketId, linked);
        Assert.Null(await Warnings.Get(fixture.Grains, Warnings.ProjectIncident("p-sunrise", key, 2)));
        Assert.Equal(new IssueCount(key, 61, 60, expected), Reports.CountOf(await Sunrise.GetIssueCounts(), key));
    }

    [Fact]
    public async Task A11_3_3_AfterTheWindowEmpties_ANewIncidentIsANewWarning()
    {
        var key = Reports.NewKey("parking");
        var results = await Reports.Households(Sunrise, fixture.Clock, key, 60);
        Assert.Equal(Warnings.ProjectIncident("p-sunrise", key, 1), results[59].Result.ProjectIncidentWarningId);

        fixture.Clock.Advance(TimeSpan.FromDays(31));
        var below = await Reports.Households(Sunrise, fixture.Clock, key, 59, first: 200);
        Assert.All(below, r => Assert.Null(r.Result.ProjectIncidentWarningId));
        var reached = await Sunrise.RecordIssue(Reports.New(fixture.Clock, key, Reports.Household(259)));

        var second = Warnings.ProjectIncident("p-sunrise", key, 2);
        Assert.Equal(second, reached.ProjectIncidentWarningId);
        Assert.Equal(60, (await Warnings.Get(fixture.Grains, second))!.Subject.LinkedTickets.Length);
        Assert.Equal(60, (await Warnings.Get(fixture.Grains, Warnings.ProjectIncident("p-sunrise", key, 1)))!.Subject.LinkedTickets.Length);
    }
}
