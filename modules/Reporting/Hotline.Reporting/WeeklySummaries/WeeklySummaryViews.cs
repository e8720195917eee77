using Hotline.Reporting.Contracts.WeeklySummaries;

namespace Hotline.Reporting.WeeklySummaries;

/// <summary>A summary's stored versions and signatures as shown (<see cref="WeeklySummaryView"/>).</summary>
public static class WeeklySummaryViews
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
