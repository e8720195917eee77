using Hotline.Reporting.Contracts.Figures;

namespace Hotline.Reporting.Contracts;

/// <summary>
/// The figures every report is made of. The counts are set-based SQL over the query store (ticket list, warning list,
/// penalty ledger, same-issue reports), one batch per call; which projects a branch has and each place's registered
/// households come from the organisation's per-silo copy (IOrganizationPlaces.Current), which calls the company, branch
/// and project grains only the first time a report asks after the staff directory's version moved, never per report.
/// One scope, or every project / branch in one pass.
/// </summary>
public interface IReportFigures
{
    Task<OverviewFigures> For(ReportScope scope, ReportPeriod period, CancellationToken ct = default);

    /// <summary>Every project (of <paramref name="branchId"/> when given) in one pass, ordered by project id; projects without tickets included.</summary>
    Task<IReadOnlyList<OverviewFigures>> PerProject(ReportPeriod period, string? branchId = null, CancellationToken ct = default);

    /// <summary>Every branch in one pass, ordered by branch id.</summary>
    Task<IReadOnlyList<OverviewFigures>> PerBranch(ReportPeriod period, CancellationToken ct = default);
}
