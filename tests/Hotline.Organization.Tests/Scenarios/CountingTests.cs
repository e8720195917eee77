using Hotline.Organization.Contracts;
using Hotline.Organization.Tests.Support;

namespace Hotline.Organization.Tests.Scenarios;

/// <summary>
/// A11.3 counting: a household counts once per issue key over the rolling window. All below the
/// threshold, so none of these needs the Escalation module.
/// </summary>
[Collection(OrganizationCollection.Name)]
public sealed class CountingTests(OrganizationFixture fixture)
{
    private IProjectGrain Sunrise => fixture.Grains.GetGrain<IProjectGrain>("p-sunrise");

    [Fact]
    public async Task A11_3_3_SameHouseholdManyTimes_CountsOnce()
    {
        var key = Reports.NewKey("lift");
        for (var i = 0; i < 5; i++)
        {
            await Sunrise.RecordIssue(Reports.New(fixture.Clock, key, "3-1201"));
        }

        await Sunrise.RecordIssue(Reports.New(fixture.Clock, key, "3-1202"));

        var count = Reports.CountOf(await Sunrise.GetIssueCounts(), key);
        Assert.Equal(new IssueCount(key, 2, 60, null), count);
    }

    [Fact]
    public async Task A11_3_3_RepeatedTicketId_CountsOnce_AndAnswersTheSame()
    {
        var key = Reports.NewKey("water");
        var first = Reports.New(fixture.Clock, key, "1-101");
        var second = Reports.New(fixture.Clock, key, "1-101");
        await Sunrise.RecordIssue(first);
        var answer = await Sunrise.RecordIssue(second);

        var retries = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Sunrise.RecordIssue(second)));

        Assert.All(retries, r => Assert.Equal(answer, r));
        Assert.Equal(first.TicketId, answer.RepeatOf);
        Assert.Equal(1, Reports.CountOf(await Sunrise.GetIssueCounts(), key)!.Households);
        var branch = await fixture.Grains.GetGrain<IBranchGrain>("north").GetIssueCounts();
        Assert.Equal(new IssueCount(key, 1, null, null), Reports.CountOf(branch, key));
        var company = await fixture.Grains.GetGrain<ICompanyIssuesGrain>(ICompanyGrain.SingletonKey).GetIssueCounts();
        Assert.Equal(new IssueCount(key, 1, 235, null), Reports.CountOf(company, key));
    }

    [Fact]
    public async Task A11_3_3_BelowThreshold_CountsWithoutAnIncident()
    {
        var key = Reports.NewKey("gate");

        var results = await Reports.Households(Sunrise, fixture.Clock, key, 59);

        Assert.All(results, r => Assert.Null(r.Result.ProjectIncidentWarningId));
        Assert.All(results, r => Assert.Null(r.Result.CompanyIncidentWarningId));
        Assert.Equal(new IssueCount(key, 59, 60, null), Reports.CountOf(await Sunrise.GetIssueCounts(), key));
    }

    [Fact]
    public async Task A11_3_3_HouseholdsOutsideTheWindow_StopCounting()
    {
        var key = Reports.NewKey("noise");
        await Reports.Households(Sunrise, fixture.Clock, key, 10);
        fixture.Clock.Advance(TimeSpan.FromDays(29));
        await Reports.Households(Sunrise, fixture.Clock, key, 3, first: 100);
        Assert.Equal(13, Reports.CountOf(await Sunrise.GetIssueCounts(), key)!.Households);

        fixture.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(3, Reports.CountOf(await Sunrise.GetIssueCounts(), key)!.Households);

        // A household seen before the window counts again, once, when it reports again.
        await Reports.Households(Sunrise, fixture.Clock, key, 2);
        await Reports.Households(Sunrise, fixture.Clock, key, 2);
        Assert.Equal(5, Reports.CountOf(await Sunrise.GetIssueCounts(), key)!.Households);

        fixture.Clock.Advance(TimeSpan.FromDays(31));
        Assert.Null(Reports.CountOf(await Sunrise.GetIssueCounts(), key));
    }

    [Fact]
    public async Task A11_3_2_SameDoorNumberInTwoProjects_IsTwoHouseholdsOfTheCompany()
    {
        var key = Reports.NewKey("power");
        await fixture.Grains.GetGrain<IProjectGrain>("p-sunrise").RecordIssue(Reports.New(fixture.Clock, key, "1-101"));
        await fixture.Grains.GetGrain<IProjectGrain>("p-riverside").RecordIssue(Reports.New(fixture.Clock, key, "1-101"));
        await fixture.Grains.GetGrain<IProjectGrain>("p-harbour").RecordIssue(Reports.New(fixture.Clock, key, "1-101"));

        Assert.Equal(2, Reports.CountOf(await fixture.Grains.GetGrain<IBranchGrain>("north").GetIssueCounts(), key)!.Households);
        Assert.Equal(1, Reports.CountOf(await fixture.Grains.GetGrain<IBranchGrain>("south").GetIssueCounts(), key)!.Households);
        var company = await fixture.Grains.GetGrain<ICompanyIssuesGrain>(ICompanyGrain.SingletonKey).GetIssueCounts();
        Assert.Equal(3, Reports.CountOf(company, key)!.Households);
    }
}
