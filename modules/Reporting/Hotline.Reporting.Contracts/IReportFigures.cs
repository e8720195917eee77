using Hotline.Reporting.Contracts.Figures;

namespace Hotline.Reporting.Contracts;

/// <summary>
/// The figures every report is made of, computed by set-based SQL over the query store (ticket list, warning list,
/// penalty ledger, same-issue reports), never by calling grains. One scope, or every project / branch in one pass.
/// </summary>
public interface IReportFigures
{
    Task<OverviewFigures> For(ReportScope scope, ReportPeriod period, CancellationToken ct = default);

    /// <summary>Every project (of <paramref name="branchId"/> when given) in one pass, ordered by project id; projects without tickets included.</summary>
    Task<IReadOnlyList<OverviewFigures>> PerProject(ReportPeriod period, string? branchId = null, CancellationToken ct = default);

    /// <summary>Every branch in one pass, ordered by branch id.</summary>
    Task<IReadOnlyList<OverviewFigures>> PerBranch(ReportPeriod period, CancellationToken ct = default);
}
