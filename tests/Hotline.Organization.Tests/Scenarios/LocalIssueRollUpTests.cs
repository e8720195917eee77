using Hotline.Organization.Contracts;
using Hotline.Organization.SameIssue;
using Hotline.Organization.Tests.Support;

namespace Hotline.Organization.Tests.Scenarios;

/// <summary>
/// A11.3.2 for a local issue (one building of one project, company key "key@project"): its company count is its project's
/// count, and the company's threshold is never below the project's, so below the project's threshold the company's counter
/// is not asked. Its count still comes from the rows, and its incident is still raised at the company's 5 %.
/// </summary>
[Collection(OrganizationCollection.Name)]
public sealed class LocalIssueRollUpTests(OrganizationFixture fixture)
{
    private IProjectGrain Harbour => fixture.Grains.GetGrain<IProjectGrain>("p-harbour");

    [Fact]
    public async Task A11_3_2_LocalIssue_BelowItsProjectsThreshold_TheCompanyCounterIsNotWoken_ButCountsFromTheRows()
    {
        var building = Reports.NewKey("lift") + "/building-7";
        var companyKey = $"{building}@p-harbour";

        // p-harbour has 2,000 households: its threshold is 100; five households are far below it.
        var results = await Local(building, 0, 5);

        Assert.All(results, r => Assert.Null(r.CompanyIncidentWarningId));
        Assert.Equal(0, await fixture.Grains.GetGrain<IManagementGrain>(0).GetGrainActivationCount((GrainReference)CompanyCounter(companyKey)));
        var company = await fixture.Grains.GetGrain<ICompanyIssuesGrain>(ICompanyGrain.SingletonKey).GetIssueCounts();
        Assert.Equal(5, Reports.CountOf(company, companyKey)!.Households);
    }

    [Fact]
    public async Task A11_3_2_LocalIssue_CompanyCounterAwakeWhileReportsPassedItBy_RaisesAtExactlyFivePercentOfTheCompany()
    {
        var building = Reports.NewKey("water") + "/building-2";
        var companyKey = $"{building}@p-harbour";
        // Worked out by hand: p-harbour's 2,000 households make its threshold 100; the company's 4,700 make 235.
        Assert.Equal(2000, (await Harbour.GetInfo())!.Households);
        Assert.Equal(4700, (await fixture.Grains.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey).GetInfo())!.Households);

        // The company's counter is awake with an empty window (someone read its count); the next 99 reports pass it by.
        Assert.Equal(0, (await CompanyCounter(companyKey).GetCount()).Households);
        var below = await Local(building, 0, 99);
        Assert.All(below, r => Assert.Null(r.ProjectIncidentWarningId));

        // From the 100th household on, the project's incident is open and every report goes on to the company's counter.
        var above = await Local(building, 99, 136);

        Assert.Equal(Warnings.ProjectIncident("p-harbour", building, 1), above[0].ProjectIncidentWarningId);
        Assert.All(above.Take(135), r => Assert.Null(r.CompanyIncidentWarningId));
        var expected = Warnings.CompanyIncident(companyKey, 1);
        Assert.Equal(expected, above[135].CompanyIncidentWarningId);
        Assert.Equal($"A11.3.2: 235 of 4700 households (≥5%) report {companyKey} within 30 days", (await Warnings.Get(fixture.Grains, expected))!.Rule);
    }

    private ISameIssueGrain CompanyCounter(string companyKey) =>
        fixture.Grains.GetGrain<ISameIssueGrain>(SameIssueKey.Company(companyKey).GrainKey);

    /// <summary>One new ticket each for households <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1, about the building.</summary>
    private async Task<List<IssueRecordResult>> Local(string building, int first, int count) =>
        [.. (await Reports.Households(Harbour, fixture.Clock, building, count, first, local: true)).Select(r => r.Result)];
}
