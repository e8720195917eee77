namespace Hotline.Reporting.Contracts.WeeklySummaries;

/// <summary>What a week's schedule has done: drafted at (null: not yet), deadline applied at (null: not yet).</summary>
[GenerateSerializer]
[Alias("Hotline.Reporting.WeeklySummaryWeekProgress")]
public sealed record WeeklySummaryWeekProgress(
    [property: Id(0)] string Week,
    [property: Id(1)] DateTimeOffset? DraftedAt,
    [property: Id(2)] DateTimeOffset? DeadlineAppliedAt);
