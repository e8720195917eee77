using System.Globalization;
using Hotline.Escalation.Contracts;
using Hotline.Kernel;
using Hotline.Organization.Contracts;
using Hotline.Reporting.Contracts;
using Hotline.Reporting.Contracts.Figures;
using Npgsql;

namespace Hotline.Reporting.Figures;

/// <summary>
/// <see cref="IReportFigures"/> over the query store: the grouped statements of the figure groups asked for, run in a
/// few concurrent lanes (<see cref="FiguresBatch"/>), whether it answers one scope or every project or branch. The
/// organisation's places (which projects a branch has, household counts) come from the per-silo copy, which calls grains
/// only once per staff-directory version.
/// </summary>
public sealed class PostgresReportFigures(
    NpgsqlDataSource dataSource, IOrganizationPlaces places, IEscalationPolicy policy, TimeProvider time, TimeZoneInfo zone) : IReportFigures
{
    public Task<OverviewFigures> For(ReportScope scope, ReportPeriod period, CancellationToken ct = default) =>
        For(scope, period, FigureGroups.All, ct);

    public async Task<OverviewFigures> For(ReportScope scope, ReportPeriod period, FigureGroups groups, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var grouping = new FigureGrouping(scope.Kind, scope.Kind, scope.Id);
        var run = await Run(grouping, period, groups, ct);
        var key = scope.Kind == ScopeKind.Company ? "" : scope.Id!;
        return run.Figures(scope, key, Households(run.Places, scope));
    }

    public Task<IReadOnlyList<OverviewFigures>> PerProject(ReportPeriod period, string? branchId = null, CancellationToken ct = default) =>
        PerProject(period, FigureGroups.All, branchId, ct);

    public async Task<IReadOnlyList<OverviewFigures>> PerProject(ReportPeriod period, FigureGroups groups, string? branchId = null, CancellationToken ct = default)
    {
        var grouping = new FigureGrouping(ScopeKind.Project, branchId is null ? ScopeKind.Company : ScopeKind.Branch, branchId);
        var run = await Run(grouping, period, groups, ct);
        return [.. run.Places.Projects.Values
            .Where(p => branchId is null || p.BranchId == branchId)
            .Select(p => run.Figures(ReportScope.Project(p.Id), p.Id, p.Households))];
    }

    public Task<IReadOnlyList<OverviewFigures>> PerBranch(ReportPeriod period, CancellationToken ct = default) =>
        PerBranch(period, FigureGroups.All, ct);

    public async Task<IReadOnlyList<OverviewFigures>> PerBranch(ReportPeriod period, FigureGroups groups, CancellationToken ct = default)
    {
        var run = await Run(new FigureGrouping(ScopeKind.Branch, ScopeKind.Company, null), period, groups, ct);
        return [.. run.Places.Branches.Values.Select(b => run.Figures(ReportScope.Branch(b.Id), b.Id, b.Households))];
    }

    private static long Households(OrganizationPlaces places, ReportScope scope) => scope.Kind switch
    {
        ScopeKind.Project => places.Projects.TryGetValue(scope.Id!, out var p) ? p.Households : 0,
        ScopeKind.Branch => places.Branches.TryGetValue(scope.Id!, out var b) ? b.Households : 0,
        _ => places.Company?.Households ?? 0,
    };

    private async Task<FigureRun> Run(FigureGrouping grouping, ReportPeriod period, FigureGroups groups, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(period);
        var known = await places.Current();
        var asOf = time.GetUtcNow();
        var line = new SameIssueLine(policy.SameIssueThresholdPercent, policy.SameIssueWindow);
        // The window ends with the period, or now for a period still running (A11.3 counts (now - window, now]).
        var until = period.To < asOf ? period.To : asOf;
        var month = PenaltyMonth(period);
        var (tallies, read) = await FiguresBatch.Read(dataSource, grouping, new FiguresBatch.Values(
            period.From, period.To, until - line.Window, until, month, grouping.WithinId), groups, ct);
        return new FigureRun(known, period, asOf, line, month, tallies, read);
    }

    /// <summary>The business month the period ends in ('YYYY-MM'): its last instant's local month.</summary>
    private string PenaltyMonth(ReportPeriod period)
    {
        var last = TimeZoneInfo.ConvertTime(period.To.AddTicks(-1), zone);
        return last.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    }

    private sealed record FigureRun(
        OrganizationPlaces Places, ReportPeriod Period, DateTimeOffset AsOf, SameIssueLine Line, string Month,
        IReadOnlyDictionary<string, ScopeTally> Tallies, FigureGroups Read)
    {
        public OverviewFigures Figures(ReportScope scope, string key, long households) =>
            (Tallies.GetValueOrDefault(key) ?? new ScopeTally()).ToFigures(scope, Period, AsOf, Line, households, Month, Read);
    }
}
