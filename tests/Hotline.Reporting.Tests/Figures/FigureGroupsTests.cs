using Hotline.Reporting.Contracts;
using Hotline.Reporting.Contracts.Figures;
using Hotline.Reporting.Tests.Support;
using Hotline.TestKit;

namespace Hotline.Reporting.Tests.Figures;

/// <summary>
/// A caller that asks for some figure groups gets those and no others: the statements of the groups left out are not
/// run, so the figures hold nothing of them (an empty list, not a count of zero), and <see cref="OverviewFigures.Groups"/>
/// names what was read. The project has open tickets and a same-issue key, so a left-out group that ran would show.
/// </summary>
[Collection(ReportingCollection.Name)]
public sealed class FigureGroupsTests(ReportingFixture fixture)
{
    // What the monthly bulletin reads (BulletinFigures): no open tickets, no same-issue shares.
    private const FigureGroups Bulletin = FigureGroups.Received | FigureGroups.Clocks | FigureGroups.Warnings | FigureGroups.Penalties;

    [Fact]
    public async Task BulletinStyleRequest_LeavesOpenAndSameIssueStatementsUnrun_InEveryGrouping()
    {
        var project = await fixture.NewProject(households: 40);
        var first = await fixture.Register(project, "Complaint", household: "1-101");
        var second = await fixture.Register(project, "Complaint", household: "1-102");
        Assert.Equal(first.IssueKey, second.IssueKey);
        var period = fixture.Today();

        // Everything asked: two open complaints, one issue key of two households (the control for the checks below).
        var all = await fixture.Figures().For(ReportScope.Project(project), period);
        Assert.Equal(FigureGroups.All, all.Groups);
        Assert.Equal(2, all.OpenByStatus.Sum(s => s.Count));
        Assert.Equal([(first.IssueKey, 2L)], all.SameIssues.Select(s => (s.IssueKey, s.Households)));

        var one = await fixture.Figures().For(ReportScope.Project(project), period, Bulletin);
        var inBranch = (await fixture.Figures().PerProject(period, Bulletin, Demo.North)).Single(f => f.Scope == ReportScope.Project(project));
        var branch = (await fixture.Figures().PerBranch(period, Bulletin)).Single(f => f.Scope == ReportScope.Branch(Demo.North));
        foreach (var figures in new[] { one, inBranch, branch })
        {
            Assert.Equal(Bulletin, figures.Groups);
            Assert.Empty(figures.OpenByStatus);
            Assert.Empty(figures.SameIssues);
            Assert.Equal(["Start", "Contact", "Plan", "Resolution", "SuggestionReply"], figures.Clocks.Select(c => c.Clock));
        }

        // The groups asked for are the same figures as in the full pass.
        Assert.Equal(2, one.Received.Total);
        Assert.Equal(all.Received.ByKind, one.Received.ByKind);
        Assert.Equal(all.Clocks, one.Clocks);
        Assert.Equal(2, inBranch.Received.Total);

        // Only the open tickets asked: no clock rows at all, rather than five clocks of zeros.
        var open = await fixture.Figures().For(ReportScope.Project(project), period, FigureGroups.Open);
        Assert.Equal((FigureGroups.Open, 2L, 0L), (open.Groups, open.OpenByStatus.Sum(s => s.Count), open.Received.Total));
        Assert.Empty(open.Clocks);
    }
}
