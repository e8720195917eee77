using Hotline.Organization.Contracts;
using Hotline.Organization.Issues;
using Orleans.Runtime;

namespace Hotline.Organization.SameIssue;

/// <summary>
/// A11.1.1, A11.3.2, A11.3.3 for one issue key in one scope. The project stores each report and counts it from the rows
/// (ProjectGrain.Report); a project counter is called only at its threshold or while a counter of the key keeps an incident
/// (marked in <c>same_issue_incidents</c>), and then counts in memory and rolls up (<see cref="RollUp"/>); the company's
/// counter of a non-local issue is called with every report. The persisted state changes only when an incident opens or
/// ends, so the cost of a report does not grow with tickets, households or issue keys. Exactly once per household: the row
/// is keyed by ticket id and the window by household; reports of one key go one at a time in their project.
/// </summary>
// Deactivated after 2 idle minutes (Orleans' default is 15): a counter is touched only when a ticket of its key comes in, and
// reads its state and window back in two statements; 100,000 registrations otherwise left ~86,000 idle counters in the heap.
[CollectionAgeLimit(Minutes = 2)]
public sealed partial class SameIssueGrain(
    [PersistentState("sameIssue")] IPersistentState<SameIssueState> state,
    SameIssueStore store,
    ISameIssuePolicy policy,
    IIncidentWarnings incidents,
    TimeProvider time) : Grain, ISameIssueGrain, IRemindable
{
    // Households are re-read at most this often (a project's counter gets them with each report); a change made through
    // the API is pushed at once (Reevaluate).
    private static readonly TimeSpan HouseholdsRefresh = TimeSpan.FromMinutes(1);

    private readonly HouseholdWindow _window = new();
    private SameIssueKey _key = null!;
    private SameIssueRules _rules = null!;
    private (int? Households, DateTimeOffset ReadAt)? _households;

    /// <summary>Whether <c>same_issue_incidents</c> holds this counter's mark, when known (<see cref="SameIssueStore.MarkIncident"/>).</summary>
    private bool? _marked;

    /// <summary>A project counter's branch: from the reports, or from the project when it is re-checked without one.</summary>
    private string? _branchId;

    private SameIssueState Current => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _key = SameIssueKey.Parse(this.GetPrimaryKeyString());
        _rules = new SameIssueRules(policy);
        await store.Load(_key, time.GetUtcNow() - _rules.Window, _window);
        if (Current.Open || Current.HasPendingWarnings)
        {
            // An incident kept by a version before the marks (migration 0037) is marked when its counter next wakes.
            await Mark();
        }
    }

    public Task<IssueRecordResult> RecordForProject(IssueReport report, string branchId) => Record(report, branchId);

    public Task<IssueRecordResult> RecordForProject(IssueReport report, string branchId, int households)
    {
        _households = (households, time.GetUtcNow());
        return Record(report, branchId);
    }

    public Task<Guid?> CountForCompany(string projectId, IssueReport report)
    {
        CompanyOnly();
        return Count(SameIssueKey.CompanyHousehold(projectId, SameIssueKey.Household(report.Household)), report);
    }

    public async Task<Guid?> CountForCompany(string projectId, IssueReport report, int projectCount)
    {
        CompanyOnly();
        var household = SameIssueKey.CompanyHousehold(projectId, SameIssueKey.Household(report.Household));
        await CatchUp(household, report, projectCount);
        return await Count(household, report);
    }

    public async Task<IssueRecordResult> CountRecorded(IssueReport report, string branchId, int households, Guid? repeatOf, int? projectCount)
    {
        var project = ProjectOnly();
        (_branchId, _households) = (branchId, (households, time.GetUtcNow()));
        var household = SameIssueKey.Household(report.Household);
        if (projectCount is int count)
        {
            await CatchUp(household, report, count);
        }
        else
        {
            // The project found this counter's mark: every report since the mark came here, so the window misses none.
            _marked = true;
        }

        return new IssueRecordResult(repeatOf, await Count(household, report), await RollUp(project, report));
    }

    /// <summary>
    /// Reports of this key may have passed this counter by while it was awake (counted from the rows only, below the
    /// threshold): a window whose count, with this report, is not the rows' <paramref name="count"/> is read again. The
    /// report's row is committed, so the rows hold it and every report that passed by.
    /// </summary>
    private async Task CatchUp(string household, IssueReport report, int count)
    {
        var now = time.GetUtcNow();
        _window.Add(household, report.At);
        if (_window.CountAt(now, _rules.Window) != count)
        {
            await Reload(now);
        }
    }

    private async Task Reload(DateTimeOffset now)
    {
        _window.Clear();
        await store.Load(_key, now - _rules.Window, _window);
    }

    private async Task<IssueRecordResult> Record(IssueReport report, string branchId)
    {
        // The project checked the report and trimmed its key (IProjectGrain.RecordIssue is the only caller).
        var project = ProjectOnly();
        _branchId = branchId;
        var (repeatOf, _) = await store.Record(report, project, branchId, _rules.RepeatWindow);
        var projectIncident = await Count(SameIssueKey.Household(report.Household), report);

        // Passed on whether new or a retry: the company counts each household once, and a retry may follow a failure there.
        return new IssueRecordResult(repeatOf, projectIncident, await RollUp(project, report));
    }

    /// <summary>
    /// A11.3.2 for the report. A local issue's company count is its project's count (its key names the project), and the
    /// company's household total holds the project's, so the company's threshold is never below the project's: while the
    /// project's count is below its own threshold and this counter never had an incident (so neither had the company's),
    /// the company's counter could only answer "not reached", and it is not asked (issue 14: for such a report, one grain call
    /// less, and when that counter was asleep its activation, two statements and its call for the company's households). The
    /// report's row is written all the same.
    /// </summary>
    private async Task<Guid?> RollUp(string project, IssueReport report)
    {
        var company = GrainFactory.GetGrain<ISameIssueGrain>(SameIssueKey.Company(SameIssueKey.CompanyKey(project, report)).GrainKey);
        if (!report.Local)
        {
            return await company.CountForCompany(project, report);
        }

        var count = _window.CountAt(time.GetUtcNow(), _rules.Window);
        return Current.Episode == 0 && _rules.Threshold(_households?.Households) is { } threshold && count < threshold
            ? null
            : await company.CountForCompany(project, report, count);
    }

    public async Task Reevaluate(int households)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(households);
        _households = (households, time.GetUtcNow());
        await Recount();
    }

    public async Task Recount()
    {
        await Reload(time.GetUtcNow());
        await Decide(time.GetUtcNow());
    }

    public async Task<IssueCount> GetCount()
    {
        if (_marked != true)
        {
            // Without a mark, reports below the threshold are counted from the rows only and may have passed this window by.
            await Reload(time.GetUtcNow());
        }

        var households = await Households();
        var count = _window.CountAt(time.GetUtcNow(), _rules.Window);
        return new IssueCount(_key.IssueKey, count, _rules.Threshold(households), OpenIncident());
    }

    public async Task Adopt(SameIssueState? incident)
    {
        if (incident is not null && Current.Episode == 0 && incident.Episode > 0)
        {
            state.State = incident;
            await state.WriteStateAsync();
        }

        await Reload(time.GetUtcNow());
        if (incident is not null)
        {
            await Decide(time.GetUtcNow());
        }
    }

    /// <summary>Counts the household, checks the threshold, and links a ticket joining an incident that was already open.</summary>
    private async Task<Guid?> Count(string household, IssueReport report)
    {
        var now = time.GetUtcNow();
        var openBefore = Current.Open;
        _window.Add(household, report.At);
        await Decide(now);

        // A ticket that opens the incident is linked by the raise itself; a later one joins it here (idempotent at the warning).
        if (openBefore && Current.Open && report.At > now - _rules.Window)
        {
            await incidents.Link(WarningId(Current.Episode), report.TicketId);
        }

        return OpenIncident();
    }

    private Guid? OpenIncident() => Current.Open ? WarningId(Current.Episode) : null;

    private Guid WarningId(long episode) => Scope(0).WarningId(_key.IssueKey, episode);

    private void CompanyOnly()
    {
        if (!_key.IsCompany)
        {
            throw new InvalidOperationException($"Counter '{_key.GrainKey}' is not the company's.");
        }
    }

    private string ProjectOnly() =>
        _key.ProjectId ?? throw new InvalidOperationException($"Counter '{_key.GrainKey}' is not a project's.");
}
