using Hotline.Reporting.Contracts;
using Hotline.Reporting.Contracts.Figures;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;

namespace Hotline.Reporting.Tests.Figures;

/// <summary>A11.3 in the live view: distinct households per issue key in the counting window against the project's households and the 5% line.</summary>
[Collection(ReportingCollection.Name)]
public sealed class SameIssueFiguresTests(ReportingFixture fixture)
{
    [Fact]
    public async Task A11_3_SameIssue_TwoOf40Households_ReachTheFivePercentLine_OneDoesNot()
    {
        var project = await fixture.NewProject(households: 40);
        var lift = await fixture.Register(project, "Complaint", household: "1-101");
        await fixture.Register(project, "Complaint", household: "1-102");
        var other = await fixture.Host.ClientAs(Reports.Agent).Register(new
        {
            requestId = Guid.NewGuid().ToString("N"), kind = "Complaint", projectId = project, text = "小區門口路燈不亮", location = "東門", household = "1-103",
        });
        Assert.NotEqual(lift.IssueKey, other.IssueKey);

        var figures = await fixture.Figures().For(ReportScope.Project(project), fixture.Today());

        // 2 × 100 ≥ 5 × 40: reached (5%); 1 household is 2.5%.
        Assert.Equal(
            new SameIssueFigure[] { new(lift.IssueKey, 2, 40, 5.0, 5.0, true), new(other.IssueKey, 1, 40, 2.5, 5.0, false) },
            figures.SameIssues);
        Assert.Equal(5.0, figures.SameIssueLine);
    }

    [Fact]
    public async Task A11_3_2_CompanyAndBranchFigures_CountAHouseholdOnceUnderItsCompanyKey()
    {
        var project = await fixture.NewProject(households: 40);
        var period = fixture.Today();
        var companyBefore = await fixture.Figures().For(ReportScope.Company, period);
        var branchBefore = await fixture.Figures().For(ReportScope.Branch(Demo.North), period);

        // Household 1-101 twice, 1-102 once, all the same issue: two households, whatever the key's scope.
        var first = await fixture.Register(project, "Complaint", household: "1-101");
        await fixture.Register(project, "Complaint", household: "1-101");
        await fixture.Register(project, "Complaint", household: "1-102");

        var company = await fixture.Figures().For(ReportScope.Company, period);
        var branch = await fixture.Figures().For(ReportScope.Branch(Demo.North), period);
        // The company key is the issue key, qualified by the project when the issue is local (SameIssueKey.CompanyKey).
        string[] keys = [first.IssueKey, $"{first.IssueKey}@{project}"];
        long Households(OverviewFigures f) => f.SameIssues.Where(s => keys.Contains(s.IssueKey)).Sum(s => s.Households);
        Assert.Equal(2, Households(company) - Households(companyBefore));
        Assert.Equal(2, Households(branch) - Households(branchBefore));
    }
}
