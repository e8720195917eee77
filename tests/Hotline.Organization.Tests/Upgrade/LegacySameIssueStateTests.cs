using System.Collections.Immutable;
using Hotline.Organization.Company;
using Hotline.Organization.Contracts;
using Hotline.Organization.Issues;
using Hotline.Organization.Projects;
using Hotline.Organization.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Storage;

namespace Hotline.Organization.Tests.Upgrade;

/// <summary>
/// A database written before migration 0011 keeps its same-issue counts: project and company states that hold their
/// windows (as the earlier version wrote them, through the same storage provider and serializer) are carried over to
/// rows and counters, and counting goes on from there.
/// </summary>
public sealed class LegacySameIssueStateTests(LegacyFixture fixture) : IClassFixture<LegacyFixture>
{
    private const string ProjectId = "p-legacy";
    private const string Key = "legacy-water";

    [Fact]
    public async Task A11_3_3_CountsAndOpenIncident_OfAnEarlierVersion_AreKeptAndGoOn()
    {
        var now = fixture.Clock.GetUtcNow();
        var tickets = Enumerable.Range(0, 50).Select(i => (Id: Guid.NewGuid(), Household: $"1-{101 + i}")).ToList();
        var window = new IssueWindow
        {
            Households = [.. tickets.Select(t => new IssueHousehold(ProjectId, t.Household, [new IssueTicket(t.Id, now - TimeSpan.FromDays(2), null)]))],
            Episode = 1,
            Open = true,
        };

        // 1,000 households: threshold 50, reached by the 50 earlier households, so episode 1 is open.
        var storage = fixture.Host.App.Services.GetRequiredKeyedService<IGrainStorage>("Default");
        var project = fixture.Grains.GetGrain<IProjectGrain>(ProjectId);
        var projectState = new GrainState<ProjectState>
        {
            State = new ProjectState
            {
                Project = new ProjectInfo(ProjectId, "Legacy Gardens", "north", 1000),
                LegacyIssues = ImmutableDictionary<string, IssueWindow>.Empty.Add(Key, window),
            },
        };
        await storage.WriteStateAsync("project", project.GetGrainId(), projectState);

        await project.MigrateLegacyIssues();

        var expectedIncident = IncidentWarningIds.For($"project/{ProjectId}", Key, 1);
        Assert.Equal(new IssueCount(Key, 50, 50, expectedIncident), Reports.CountOf(await project.GetIssueCounts(), Key));

        // The next household joins the same episode; a household seen before repeats its earlier ticket (A11.1.1).
        var joined = await project.RecordIssue(new IssueReport(Guid.NewGuid(), Key, "9-999", now));
        var repeat = await project.RecordIssue(new IssueReport(Guid.NewGuid(), Key, "1-101", now));
        Assert.Equal(expectedIncident, joined.ProjectIncidentWarningId);
        Assert.Equal(tickets[0].Id, repeat.RepeatOf);
        Assert.Equal(51, Reports.CountOf(await project.GetIssueCounts(), Key)!.Households);

        // The carried-over state no longer holds the windows.
        var reread = new GrainState<ProjectState>();
        await storage.ReadStateAsync("project", project.GetGrainId(), reread);
        Assert.Empty(reread.State!.LegacyIssues);

        // Migrating again changes nothing.
        await project.MigrateLegacyIssues();
        Assert.Equal(51, Reports.CountOf(await project.GetIssueCounts(), Key)!.Households);
    }

    [Fact]
    public async Task A11_3_2_CompanyIncident_OfAnEarlierVersion_GoesOnInTheSameEpisode()
    {
        const string key = "legacy-power";
        var now = fixture.Clock.GetUtcNow();
        var storage = fixture.Host.App.Services.GetRequiredKeyedService<IGrainStorage>("Default");

        // A large project (threshold 5,000: no project incident) whose 240 households reported the key; the company
        // (4,700 demo households, threshold 235) had its episode 3 open for it.
        var project = fixture.Grains.GetGrain<IProjectGrain>("p-legacy-large");
        var window = new IssueWindow
        {
            Households = [.. Enumerable.Range(0, 240).Select(i =>
                new IssueHousehold("p-legacy-large", $"2-{i}", [new IssueTicket(Guid.NewGuid(), now - TimeSpan.FromDays(1), null)]))],
        };
        await storage.WriteStateAsync("project", project.GetGrainId(), new GrainState<ProjectState>
        {
            State = new ProjectState
            {
                Project = new ProjectInfo("p-legacy-large", "Legacy Towers", "south", 100_000),
                LegacyIssues = ImmutableDictionary<string, IssueWindow>.Empty.Add(key, window),
            },
        });

        var company = fixture.Grains.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey);
        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var state = new GrainState<CompanyState>();
        await storage.ReadStateAsync("company", company.GetGrainId(), state);
        state.State = state.State! with
        {
            LegacyIssues = ImmutableDictionary<string, IssueWindow>.Empty.Add(key, window with { Episode = 3, Open = true }),
        };
        await storage.WriteStateAsync("company", company.GetGrainId(), state);

        await project.MigrateLegacyIssues();
        await company.MigrateLegacyIssues();

        var episode3 = IncidentWarningIds.For("company", key, 3);
        var counts = await fixture.Grains.GetGrain<ICompanyIssuesGrain>(ICompanyGrain.SingletonKey).GetIssueCounts();
        Assert.Equal(new IssueCount(key, 240, 235, episode3), Reports.CountOf(counts, key));

        var next = await project.RecordIssue(new IssueReport(Guid.NewGuid(), key, "3-1", now));
        Assert.Equal(episode3, next.CompanyIncidentWarningId);
        Assert.Null(next.ProjectIncidentWarningId);

        var reread = new GrainState<CompanyState>();
        await storage.ReadStateAsync("company", company.GetGrainId(), reread);
        Assert.Empty(reread.State!.LegacyIssues);
        Assert.Equal(4700, (await company.GetInfo())!.Households);
    }
}
