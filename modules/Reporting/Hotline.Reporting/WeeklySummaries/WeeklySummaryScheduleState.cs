namespace Hotline.Reporting.WeeklySummaries;

/// <summary>When the schedule first ran: weeks drafted before that are not drafted by it (POST .../draft does that on request).</summary>
[GenerateSerializer]
[Alias("Hotline.Reporting.WeeklySummaryScheduleState")]
public sealed record WeeklySummaryScheduleState
{
    [Id(0)]
    public DateTimeOffset? FirstStartedAt { get; init; }
}
