using Hotline.Escalation.Contracts;
using Hotline.Organization.Contracts;
using Hotline.Organization.Tests.Support;

namespace Hotline.Organization.Tests.Following;

/// <summary>
/// Counts follow the ticket (A11.3.3, A10.4): a report that moves to another issue key or project leaves the old counts
/// and joins the new ones; an invalid complaint's report leaves every count, and an incident it held up ends.
/// </summary>
[Collection(OrganizationCollection.Name)]
public sealed class CountsFollowTicketTests(OrganizationFixture fixture)
{
    private IProjectGrain Sunrise => fixture.Grains.GetGrain<IProjectGrain>("p-sunrise");

    private IProjectGrain Riverside => fixture.Grains.GetGrain<IProjectGrain>("p-riverside");

    private Task<System.Collections.Immutable.ImmutableArray<IssueCount>> Company() =>
        fixture.Grains.GetGrain<ICompanyIssuesGrain>(ICompanyGrain.SingletonKey).GetIssueCounts();

    [Fact]
    public async Task A11_3_3_CategoryCorrection_MovesTheHouseholdToTheNewKey()
    {
        var (wrong, right) = (Reports.NewKey("wrong"), Reports.NewKey("right"));
        var results = await Reports.Households(Sunrise, fixture.Clock, wrong, 3);
        var moved = results[0].Report;

        await Sunrise.MoveIssue("p-sunrise", moved, moved with { IssueKey = right });

        var counts = await Sunrise.GetIssueCounts();
        Assert.Equal(2, Reports.CountOf(counts, wrong)!.Households);
        Assert.Equal(1, Reports.CountOf(counts, right)!.Households);
        var company = await Company();
        Assert.Equal(2, Reports.CountOf(company, wrong)!.Households);
        Assert.Equal(1, Reports.CountOf(company, right)!.Households);
    }

    [Fact]
    public async Task A11_3_3_Transfer_MovesTheHouseholdToTheNewProject_AndARetryCountsOnce()
    {
        var key = Reports.NewKey("fence");
        var report = Reports.New(fixture.Clock, key, "2-202");
        await Sunrise.RecordIssue(report);

        await Riverside.MoveIssue("p-sunrise", report, report);
        await Riverside.MoveIssue("p-sunrise", report, report);

        Assert.Null(Reports.CountOf(await Sunrise.GetIssueCounts(), key));
        Assert.Equal(1, Reports.CountOf(await Riverside.GetIssueCounts(), key)!.Households);
        Assert.Equal(1, Reports.CountOf(await Company(), key)!.Households);
        // Both projects are in branch north: the household counts there once.
        Assert.Equal(1, Reports.CountOf(await fixture.Grains.GetGrain<IBranchGrain>("north").GetIssueCounts(), key)!.Households);
    }

    [Fact]
    public async Task A10_4_InvalidComplaint_LeavesTheCount_AndTheIncidentItHeldUpEnds()
    {
        // p-sunrise has 1200 households: 5% is 60; the 60th household opens the incident.
        var key = Reports.NewKey("hall");
        var results = await Reports.Households(Sunrise, fixture.Clock, key, 60);
        var incident = Warnings.ProjectIncident("p-sunrise", key, 1);
        Assert.Equal(incident, results[59].Result.ProjectIncidentWarningId);

        await Sunrise.WithdrawIssue(results[10].Report);

        Assert.Equal(new IssueCount(key, 59, 60, null), Reports.CountOf(await Sunrise.GetIssueCounts(), key));
        Assert.Equal(59, Reports.CountOf(await Company(), key)!.Households);
        // The episode ended, but its unverified warning stays in the verifiers' queue (A11.r: it still deducts when verified).
        var ended = (await Warnings.Get(fixture.Grains, incident))!;
        Assert.Equal(WarningStatus.Raised, ended.Status);
        Assert.Contains("episode ended", ended.SubjectEnded);
    }

    [Fact]
    public async Task A11_3_2_OneBuildingOfTwoProjects_IsTwoCompanyIssues_AWholeEstateProblemIsOne()
    {
        var building = Reports.NewKey("lift") + "/building-3";
        var estate = Reports.NewKey("fee");
        foreach (var project in new[] { Sunrise, Riverside })
        {
            await project.RecordIssue(Reports.New(fixture.Clock, building, "3-301") with { Local = true });
            await project.RecordIssue(Reports.New(fixture.Clock, estate, "3-301"));
        }

        var company = await Company();
        Assert.Null(Reports.CountOf(company, building));
        Assert.Equal(1, Reports.CountOf(company, $"{building}@p-sunrise")!.Households);
        Assert.Equal(1, Reports.CountOf(company, $"{building}@p-riverside")!.Households);
        Assert.Equal(2, Reports.CountOf(company, estate)!.Households);
        // Both projects are in branch north: the branch too keeps them apart.
        var branch = await fixture.Grains.GetGrain<IBranchGrain>("north").GetIssueCounts();
        Assert.Equal(1, Reports.CountOf(branch, $"{building}@p-sunrise")!.Households);
        Assert.Equal(2, Reports.CountOf(branch, estate)!.Households);
    }
}
