using Hotline.Reporting.Contracts;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;

namespace Hotline.Reporting.Tests.Figures;

/// <summary>Every grouping of the figures runs against the real schema: one project, its branch in the per-project pass, every branch.</summary>
[Collection(ReportingCollection.Name)]
public sealed class FiguresSmokeTests(ReportingFixture fixture)
{
    [Fact]
    public async Task A6_ReceivedTickets_CountInTheirProject_AndInEveryPassThatCoversIt_ProjectsWithoutTicketsShowZeros()
    {
        var project = await fixture.NewProject();
        var empty = await fixture.NewProject();
        var period = fixture.Today();
        // The fixture's database is shared by the collection: the grouping is proven by the exact increase.
        var branchesBefore = (await fixture.Figures().PerBranch(period)).ToDictionary(f => f.Scope, f => f.Received.Total);
        var companyBefore = (await fixture.Figures().For(ReportScope.Company, period)).Received.Total;
        await fixture.Register(project, "Complaint");
        await fixture.Register(project, "Complaint");
        await fixture.Register(project, "Repair");

        var one = await fixture.Figures().For(ReportScope.Project(project), period);
        Assert.Equal(3, one.Received.Total);
        Assert.Equal(2, one.Received.ByKind.Single(k => k.Name == "Complaint").Count);
        Assert.Equal(1, one.Received.ByKind.Single(k => k.Name == "Repair").Count);
        Assert.Equal(3, one.OpenByStatus.Sum(s => s.Count));
        Assert.Equal(["Start", "Contact", "Plan", "Resolution", "SuggestionReply"], one.Clocks.Select(c => c.Clock));

        var perProject = await fixture.Figures().PerProject(period, Demo.North);
        Assert.Equal(3, perProject.Single(f => f.Scope == ReportScope.Project(project)).Received.Total);
        Assert.Equal(perProject.Select(f => f.Scope.Id).Order(StringComparer.Ordinal), perProject.Select(f => f.Scope.Id));
        // A project without tickets is listed with zeros.
        var none = perProject.Single(f => f.Scope == ReportScope.Project(empty));
        Assert.Equal((0L, 0L), (none.Received.Total, none.OpenByStatus.Sum(s => s.Count)));
        Assert.All(none.Clocks, c => Assert.Equal((0L, 0L, 0L, 0L, (double?)null), (c.MetOnTime, c.MetLate, c.BreachedOpen, c.Running, c.OnTimeRate)));

        // The three count in North only, and once in the company.
        var branches = (await fixture.Figures().PerBranch(period)).ToDictionary(f => f.Scope, f => f.Received.Total);
        Assert.Equal(branchesBefore.Keys.Select(k => k.Id).Order(StringComparer.Ordinal), branches.Keys.Select(k => k.Id).Order(StringComparer.Ordinal));
        Assert.All(branches, b => Assert.Equal(branchesBefore[b.Key] + (b.Key == ReportScope.Branch(Demo.North) ? 3 : 0), b.Value));
        var company = await fixture.Figures().For(ReportScope.Company, period);
        Assert.Equal(companyBefore + 3, company.Received.Total);
    }
}
