namespace Hotline.Reporting.Contracts.WeeklySummaries;

/// <summary>
/// GET /api/reports/projects/{id}/weekly-summaries/{week}: the current version (<see cref="Current"/>) and every version
/// (oldest first; the older ones shown as replaced), with the week's due time.
/// </summary>
public sealed record WeeklySummaryView(
    string ProjectId,
    string BranchId,
    string Week,
    DateTimeOffset DueAt,
    WeeklySummaryVersionView Current,
    IReadOnlyList<WeeklySummaryVersionView> Versions);
