using Hotline.Reporting.Contracts.Figures;

namespace Hotline.Reporting.Contracts;

/// <summary>
/// The figures every report is made of. The counts are set-based SQL over the query store (ticket list, warning list,
/// penalty ledger, same-issue reports), one statement per figure group, the groups read side by side; which projects a
/// branch has and each place's registered households come from the organisation's per-silo copy
/// (IOrganizationPlaces.Current), which calls the company, branch and project grains only the first time a report asks
/// after the staff directory's version moved, never per report. One scope, or every project / branch in one pass.
/// The overloads with <see cref="FigureGroups"/> compute only the groups asked for (see <see cref="OverviewFigures.Groups"/>);
/// the others compute them all.
/// </summary>
public interface IReportFigures
{
    Task<OverviewFigures> For(ReportScope scope, ReportPeriod period, CancellationToken ct = default);

    Task<OverviewFigures> For(ReportScope scope, ReportPeriod period, FigureGroups groups, CancellationToken ct = default);

    /// <summary>Every project (of <paramref name="branchId"/> when given) in one pass, ordered by project id; projects without tickets included.</summary>
    Task<IReadOnlyList<OverviewFigures>> PerProject(ReportPeriod period, string? branchId = null, CancellationToken ct = default);

    /// <inheritdoc cref="PerProject(ReportPeriod, string?, CancellationToken)"/>
    Task<IReadOnlyList<OverviewFigures>> PerProject(ReportPeriod period, FigureGroups groups, string? branchId = null, CancellationToken ct = default);

    /// <summary>Every branch in one pass, ordered by branch id.</summary>
    Task<IReadOnlyList<OverviewFigures>> PerBranch(ReportPeriod period, CancellationToken ct = default);

    /// <inheritdoc cref="PerBranch(ReportPeriod, CancellationToken)"/>
    Task<IReadOnlyList<OverviewFigures>> PerBranch(ReportPeriod period, FigureGroups groups, CancellationToken ct = default);
}
