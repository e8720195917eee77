namespace Hotline.BuildingBlocks.Observability;

/// <summary>
/// This silo's figures since it started, from the same "Hotline" meter that /metrics exports (issue 14): what the
/// console's cluster page shows beside the cluster status. A scrape sums them over the silos; this is one silo.
/// </summary>
public sealed record KeyFigures(
    long TicketsRegistered,
    long DeadlinesMet,
    long DeadlinesBreached,
    long WarningsRaised,
    long ReminderTicks,
    double? ReminderLatenessMeanSeconds,
    double? ReminderLatenessMaxSeconds);
