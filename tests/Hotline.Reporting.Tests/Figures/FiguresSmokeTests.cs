using Hotline.Reporting.Contracts;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;

namespace Hotline.Reporting.Tests.Figures;

/// <summary>Every grouping of the figures runs against the real schema: one project, its branch in the per-project pass, every branch.</summary>
[Collection(ReportingCollection.Name)]
public sealed class FiguresSmokeTests(ReportingFixture fixture)
{
    [Fact]
    public async Task A6_ReceivedTickets_CountInTheirProject_AndInEveryPassThatCoversIt()
    {
        var project = await fixture.NewProject();
        await fixture.Register(project, "Complaint");
        await fixture.Register(project, "Complaint");
        await fixture.Register(project, "Repair");
        var period = fixture.Today();

        var one = await fixture.Figures().For(ReportScope.Project(project), period);
        Assert.Equal(3, one.Received.Total);
        Assert.Equal(2, one.Received.ByKind.Single(k => k.Name == "Complaint").Count);
        Assert.Equal(1, one.Received.ByKind.Single(k => k.Name == "Repair").Count);
        Assert.Equal(3, one.OpenByStatus.Sum(s => s.Count));
        Assert.Equal(["Start", "Contact", "Plan", "Resolution", "SuggestionReply"], one.Clocks.Select(c => c.Clock));

        var perProject = await fixture.Figures().PerProject(period, Demo.North);
        Assert.Equal(3, perProject.Single(f => f.Scope == ReportScope.Project(project)).Received.Total);
        Assert.Equal(perProject.Select(f => f.Scope.Id).Order(StringComparer.Ordinal), perProject.Select(f => f.Scope.Id));

        var branches = await fixture.Figures().PerBranch(period);
        var north = branches.Single(f => f.Scope == ReportScope.Branch(Demo.North));
        Assert.True(north.Received.Total >= 3);
        var company = await fixture.Figures().For(ReportScope.Company, period);
        Assert.True(company.Received.Total >= north.Received.Total);
    }
}
