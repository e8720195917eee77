namespace Hotline.Reporting.WeeklySummaries;

/// <summary>A week's schedule: when its drafting and its deadline were carried out (null: not yet).</summary>
[GenerateSerializer]
[Alias("Hotline.Reporting.WeeklySummaryWeekState")]
public sealed record WeeklySummaryWeekState
{
    [Id(0)]
    public DateTimeOffset? DraftedAt { get; init; }

    [Id(1)]
    public DateTimeOffset? DeadlineAppliedAt { get; init; }
}
