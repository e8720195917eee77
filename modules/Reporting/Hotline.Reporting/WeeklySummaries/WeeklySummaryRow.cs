using Hotline.Reporting.Contracts.WeeklySummaries;
namespace Hotline.Reporting.WeeklySummaries;

/// <summary>One version of one project's weekly summary, as stored in weekly_summaries.</summary>
public sealed record WeeklySummaryRow(
    string ProjectId,
    string BranchId,
    string Week,
    int Version,
    DateTimeOffset DueAt,
    DateTimeOffset DraftedAt,
    WeeklySummaryStatus Status,
    bool Late,
    DateTimeOffset? SignedAt,
    bool Replaced,
    string? CorrectionReason,
    string? Remarks,
    string Content,
    string ContentSha256);
