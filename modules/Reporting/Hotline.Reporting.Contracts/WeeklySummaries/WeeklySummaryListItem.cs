namespace Hotline.Reporting.Contracts.WeeklySummaries;

/// <summary>One project's current summary of a week in QualityDept's list: where it is, whether it is late, whose signature is missing.</summary>
public sealed record WeeklySummaryListItem(
    string ProjectId,
    string BranchId,
    string Week,
    int Version,
    WeeklySummaryStatus Status,
    bool Late,
    DateTimeOffset DueAt,
    DateTimeOffset? SignedAt,
    IReadOnlyList<MissingSigner> MissingSigners);
