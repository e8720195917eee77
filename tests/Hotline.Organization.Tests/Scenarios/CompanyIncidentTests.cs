using Hotline.Escalation.Contracts;
using Hotline.Kernel;
using Hotline.Organization.Contracts;
using Hotline.Organization.Tests.Support;

namespace Hotline.Organization.Tests.Scenarios;

/// <summary>
/// A11.3.2: one issue reaching 5% of the company's 4700 households (235) across projects of both branches
/// raises one company red. Any such spread also reaches some project's 5%. Needs the Escalation module.
/// </summary>
[Collection(OrganizationCollection.Name)]
public sealed class CompanyIncidentTests(OrganizationFixture fixture)
{
    private static readonly (string Project, int Households)[] Spread =
        [("p-sunrise", 59), ("p-riverside", 42), ("p-greenhill", 31), ("p-harbour", 103)];

    [Fact]
    public async Task A11_3_2_CompanyRed_AtFivePercentOfTheCompanysHouseholds()
    {
        var key = Reports.NewKey("security");
        var results = new List<(IssueReport Report, IssueRecordResult Result)>();
        foreach (var (project, households) in Spread)
        {
            results.AddRange(await Reports.Households(fixture.Grains.GetGrain<IProjectGrain>(project), fixture.Clock, key, households));
        }

        var expected = Warnings.CompanyIncident(key, 1);
        Assert.Equal(235, results.Count);
        Assert.All(results.Take(234), r => Assert.Null(r.Result.CompanyIncidentWarningId));
        Assert.Equal(expected, results[234].Result.CompanyIncidentWarningId);
        var warning = await Warnings.Get(fixture.Grains, expected);
        Assert.NotNull(warning);
        Assert.Equal((WarningLevel.Red, WarningTrigger.CompanySameIssue), (warning.Level, warning.Trigger));
        Assert.Equal($"A11.3.2: 235 of 4700 households (≥5%) report {key} within 30 days", warning.Rule);
        Assert.Equal((null, null, key), (warning.Subject.ProjectId, warning.Subject.BranchId, warning.Subject.IssueKey));
        // A warning names its first 100 tickets, oldest first (all reported at one instant: in the order they came).
        Assert.Equal(results.Take(100).Select(r => r.Report.TicketId), warning.Subject.LinkedTickets);

        // Only p-harbour (103 of 2000) reached its own 5%. A household of p-greenhill complaining again
        // counts no further, but its new ticket joins the company incident (beyond the warning's first 100 named tickets).
        var greenhill = await fixture.Grains.GetGrain<IProjectGrain>("p-greenhill").RecordIssue(Reports.New(fixture.Clock, key, Reports.Household(0)));
        Assert.Equal(expected, greenhill.CompanyIncidentWarningId);
        Assert.Null(greenhill.ProjectIncidentWarningId);
        Assert.Equal(100, (await Warnings.Get(fixture.Grains, expected))!.Subject.LinkedTickets.Length);
        Assert.NotNull(await Warnings.Get(fixture.Grains, Warnings.ProjectIncident("p-harbour", key, 1)));
        var company = await fixture.Grains.GetGrain<ICompanyIssuesGrain>(ICompanyGrain.SingletonKey).GetIssueCounts();
        Assert.Equal(new IssueCount(key, 235, 235, expected), Reports.CountOf(company, key));
    }
}
