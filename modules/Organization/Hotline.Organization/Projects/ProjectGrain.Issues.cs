using System.Collections.Immutable;
using Hotline.Organization.Contracts;
using Hotline.Organization.Issues;
using Orleans.Runtime;

namespace Hotline.Organization.Projects;

/// <summary>A11.1.1 and A11.3.3 for one project; the report rolls up to the branch and company (A11.3.2).</summary>
public sealed partial class ProjectGrain
{
    public async Task<IssueRecordResult> RecordIssue(IssueReport report)
    {
        var key = IssueTracking.KeyOf(report);
        var project = Defined();
        var rules = new SameIssueRules(policy);
        var now = time.GetUtcNow();
        var (window, ticket) = IssueTracking.Record(IssueTracking.Get(Current.Issues, key), project.Id, report, rules, now, project.Households);
        await Save(Current with { Issues = IssueTracking.Put(Current.Issues, key, window) });

        // Saved before anything is passed on; repeated calls are passed on too, since branch and company
        // count each ticket once and a retry may follow a failure after the save.
        var rolledUp = report with { IssueKey = key };
        var companyIncident = await GrainFactory.GetGrain<IBranchGrain>(project.BranchId).RecordIssue(new ProjectIssueReport(project.Id, rolledUp));
        await FlushWarnings(rules, now);
        var projectIncident = IncidentScope.Project(project).OpenIncident(key, IssueTracking.Get(Current.Issues, key));
        return new IssueRecordResult(ticket.RepeatOf, projectIncident, companyIncident);
    }

    public Task<ImmutableArray<IssueCount>> GetIssueCounts()
    {
        if (Current.Project is not { } project)
        {
            return Task.FromResult(ImmutableArray<IssueCount>.Empty);
        }

        var scope = IncidentScope.Project(project);
        return Task.FromResult(IssueTracking.Counts(Current.Issues, new SameIssueRules(policy), time.GetUtcNow(), project.Households, scope.OpenIncident));
    }

    /// <summary>The incident reminder's tick: ends episodes whose count fell below the threshold; stops when none is open.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (Current.Project is not { } project)
        {
            return;
        }

        var rules = new SameIssueRules(policy);
        var now = time.GetUtcNow();
        await Save(Current with { Issues = IssueTracking.ReevaluateAll(Current.Issues, rules, now, project.Households) });
        await FlushWarnings(rules, now);
        await IncidentReminder.StopWhenIdle(this, Current.Issues);
    }

    private async Task FlushWarnings(SameIssueRules rules, DateTimeOffset now)
    {
        var issues = await IncidentReminder.FlushWarnings(this, GrainFactory, IncidentScope.Project(Defined()), Current.Issues, rules, now);
        await Save(Current with { Issues = issues });
    }
}
