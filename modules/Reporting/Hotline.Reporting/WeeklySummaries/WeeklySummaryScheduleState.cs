namespace Hotline.Reporting.WeeklySummaries;

/// <summary>When the schedule first ran (weeks drafted before that are not drafted by it; POST .../draft does that on request), and how far every week is done.</summary>
[GenerateSerializer]
[Alias("Hotline.Reporting.WeeklySummaryScheduleState")]
public sealed record WeeklySummaryScheduleState
{
    [Id(0)]
    public DateTimeOffset? FirstStartedAt { get; init; }

    /// <summary>The latest week whose weeks up to it are all drafted and past their deadline: the schedule starts after it.</summary>
    [Id(1)]
    public string? CompleteThrough { get; init; }
}
