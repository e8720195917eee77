namespace Hotline.Reporting.WeeklySummaries;

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
    IReadOnlyList<WeeklySummaryVersionView> Versions)
{
    public static WeeklySummaryView From(IReadOnlyList<WeeklySummaryRow> rows, IReadOnlyList<WeeklySummarySignature> signatures)
    {
        var versions = rows.Select(r => new WeeklySummaryVersionView(r.Version, r.Status, r.Late, r.Replaced, r.DraftedAt, r.SignedAt,
            r.CorrectionReason, r.Remarks, System.Text.Json.JsonDocument.Parse(r.Content).RootElement.Clone(), r.ContentSha256,
            [.. signatures.Where(s => s.Version == r.Version)])).ToList();
        var current = rows.Single(r => !r.Replaced);
        return new WeeklySummaryView(current.ProjectId, current.BranchId, current.Week, current.DueAt, versions.Single(v => !v.Replaced), versions);
    }
}
