using System.Collections.Immutable;
using Hotline.Organization.Contracts;
using Hotline.Organization.Issues;
using Orleans.Runtime;

namespace Hotline.Organization.Company;

/// <summary>A11.3.2: one issue reaching 5% of the company's households, counted as distinct (project, household).</summary>
public sealed partial class CompanyGrain
{
    // Warning ids depend on scope, key and episode only, not on the household count.
    private static readonly IncidentScope Ids = IncidentScope.Company(0);

    public async Task<Guid?> RecordIssue(ProjectIssueReport report)
    {
        var key = IssueTracking.KeyOf(report.Report);
        var rules = new SameIssueRules(policy);
        var now = time.GetUtcNow();
        var (window, _) = IssueTracking.Record(IssueTracking.Get(Current.Issues, key), report.ProjectId, report.Report, rules, now, Current.Households);
        await Save(Current with { Issues = IssueTracking.Put(Current.Issues, key, window) });
        await FlushWarnings(rules, now);
        return Ids.OpenIncident(key, IssueTracking.Get(Current.Issues, key));
    }

    public async Task SetProjectHouseholds(string projectId, int previous, int households)
    {
        var rules = new SameIssueRules(policy);
        var now = time.GetUtcNow();
        var (total, parts) = HouseholdTotals.Apply(Current.Households, Current.ProjectHouseholds, projectId, previous, households);
        await Save(Current with
        {
            Households = total,
            ProjectHouseholds = parts,
            Issues = IssueTracking.ReevaluateAll(Current.Issues, rules, now, total),
        });
        await FlushWarnings(rules, now);
    }

    public Task<ImmutableArray<IssueCount>> GetIssueCounts() =>
        Task.FromResult(IssueTracking.Counts(Current.Issues, new SameIssueRules(policy), time.GetUtcNow(), Current.Households, Ids.OpenIncident));

    /// <summary>The incident reminder's tick: ends episodes whose count fell below the threshold; stops when none is open.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var rules = new SameIssueRules(policy);
        var now = time.GetUtcNow();
        await Save(Current with { Issues = IssueTracking.ReevaluateAll(Current.Issues, rules, now, Current.Households) });
        await FlushWarnings(rules, now);
        await IncidentReminder.StopWhenIdle(this, Current.Issues);
    }

    private async Task FlushWarnings(SameIssueRules rules, DateTimeOffset now)
    {
        var issues = await IncidentReminder.FlushWarnings(this, GrainFactory, IncidentScope.Company(Current.Households), Current.Issues, rules, now);
        await Save(Current with { Issues = issues });
    }
}
