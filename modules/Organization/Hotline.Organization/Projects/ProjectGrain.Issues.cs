using System.Collections.Immutable;
using Hotline.Organization.Contracts;
using Hotline.Organization.Issues;
using Hotline.Organization.SameIssue;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace Hotline.Organization.Projects;

/// <summary>
/// A11.1.1 and A11.3.3 for one project: each report goes to the counter of its issue key, which rolls it up to the
/// company (A11.3.2). The project's own state holds no counts.
/// </summary>
public sealed partial class ProjectGrain
{
    private readonly ReportTurns _reportTurns = new();

    public Task<IssueRecordResult> RecordIssue(IssueReport report)
    {
        var key = IssueReports.KeyOf(report);
        return _reportTurns.Run(key, () => Report(report with { IssueKey = key }));
    }

    public async Task<IssueRecordResult> MoveIssue(string fromProjectId, IssueReport from, IssueReport to)
    {
        // Removed first, so the old counters recount without it; a retry removes the row its first attempt stored and stores it again.
        var key = IssueReports.KeyOf(to);
        await store.Remove(to.TicketId);
        await Recount(fromProjectId, from);
        return await _reportTurns.Run(key, () => Report(to with { IssueKey = key }));
    }

    /// <summary>
    /// Stores the report and counts its key's households in one statement, and wakes the key's counter only when it can
    /// matter (issue 14: each report was a call to its counter, and an asleep counter's activation read its state and window):
    /// below the threshold, with no incident kept by the project's counter (nor, for a local issue, the company's), the
    /// counter could only answer "not reached". A non-local issue still counts at the company, whose households span projects.
    /// A household change while the statement ran sends the report to the counter, which checks with the new total.
    /// </summary>
    private async Task<IssueRecordResult> Report(IssueReport report)
    {
        var project = Defined();
        var rules = new SameIssueRules(policy);
        var companyKey = SameIssueKey.Company(SameIssueKey.CompanyKey(project.Id, report));
        var recorded = await store.RecordAndCount(
            report, project.Id, project.BranchId, rules.RepeatWindow, time.GetUtcNow() - rules.Window, report.Local ? companyKey : null);
        if (recorded.Households is not { } count || rules.Threshold(project.Households) is not { } threshold || count >= threshold
            || Defined().Households != project.Households)
        {
            return await Counter(report.IssueKey).CountRecorded(report, project.BranchId, project.Households, recorded.RepeatOf, recorded.Households);
        }

        var company = GrainFactory.GetGrain<ISameIssueGrain>(companyKey.GrainKey);
        var companyIncident = !report.Local ? await company.CountForCompany(project.Id, report)
            : recorded.CompanyKeepsIncident ? await company.CountForCompany(project.Id, report, count)
            : null;
        return new IssueRecordResult(recorded.RepeatOf, null, companyIncident);
    }

    public async Task WithdrawIssue(IssueReport report)
    {
        await store.Remove(report.TicketId);
        await Recount(Defined().Id, report);
    }

    public async Task<ImmutableArray<IssueCount>> GetIssueCounts()
    {
        if (Current.Project is not { } project)
        {
            return [];
        }

        var keys = await store.Keys(project.Id, time.GetUtcNow() - new SameIssueRules(policy).Window);
        return await IssueCounts.Of(GrainFactory, keys.Select(k => SameIssueKey.Project(project.Id, k)));
    }

    /// <summary>
    /// Carries the same-issue windows an earlier version kept in this state over to rows and counters (once: the
    /// windows are dropped after), then closes the project's own incident reminder, which the counters now keep.
    /// </summary>
    public async Task MigrateLegacyIssues()
    {
        if (Current.Project is not { } project || Current.LegacyIssues.IsEmpty)
        {
            await StopLegacyReminder();
            return;
        }

        var rows = Current.LegacyIssues.SelectMany(kv => kv.Value.Households.SelectMany(h => h.Tickets.Select(t =>
            new SameIssueRow(t.TicketId, kv.Key, project.Id, project.BranchId, h.Household, t.At, t.RepeatOf)))).ToList();
        await store.Adopt(rows);
        foreach (var (key, window) in Current.LegacyIssues)
        {
            await LegacyIssues.Adopt(GrainFactory, ServiceProvider.GetRequiredService<IIncidentWarnings>(), SameIssueKey.Project(project.Id, key), window, IncidentScope.Project(project));
        }

        await Save(Current with { LegacyIssues = ImmutableDictionary<string, IssueWindow>.Empty });
        await StopLegacyReminder();
    }

    /// <summary>An earlier version's incident reminder on this grain: the counters keep their own now.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status) => await StopLegacyReminder();

    private async Task StopLegacyReminder()
    {
        if (await this.GetReminder(IncidentReminder.Name) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    /// <summary>The project's and the company's counters <paramref name="report"/> counted in recount from the rows.</summary>
    private Task Recount(string projectId, IssueReport report)
    {
        var key = IssueReports.KeyOf(report);
        return Task.WhenAll(
            GrainFactory.GetGrain<ISameIssueGrain>(SameIssueKey.Project(projectId, key).GrainKey).Recount(),
            GrainFactory.GetGrain<ISameIssueGrain>(SameIssueKey.Company(SameIssueKey.CompanyKey(projectId, report)).GrainKey).Recount());
    }

    private ISameIssueGrain Counter(string key) => GrainFactory.GetGrain<ISameIssueGrain>(SameIssueKey.Project(Defined().Id, key).GrainKey);
}
