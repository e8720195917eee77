using Hotline.Reporting.Contracts.Sheets;

namespace Hotline.Reporting.Contracts.Analyses;

/// <summary>
/// QualityDept's weekly analysis (A8.1.4) as GET /api/reports/weekly-analyses/{week} lists its releases and POST
/// .../release freezes one, for the API and the console alike. The caller has already passed the endpoint's access rule.
/// </summary>
public interface IWeeklyAnalyses
{
    /// <summary>Whether <paramref name="week"/> is a report week (<c>YYYY-Www</c>).</summary>
    bool IsWeek(string? week);

    /// <summary>The latest week that is over by now (the one to release next).</summary>
    string LatestWeekOver();

    /// <summary>Every released version of the week, newest first.</summary>
    Task<IReadOnlyList<AnalysisVersion>> Versions(string week, CancellationToken ct = default);

    /// <summary>
    /// The week as its exports show it by default (GET without <c>version</c> or <c>draft</c>): its latest release, else
    /// the live draft; null only when a release vanished while it was read.
    /// </summary>
    Task<ReportSheet?> Sheet(string week, CancellationToken ct = default);

    /// <summary>Freezes the week's analysis as a new version released by <paramref name="personId"/> and sends it to the vice-president.</summary>
    Task<AnalysisRelease> Release(string week, string personId, CancellationToken ct = default);
}
