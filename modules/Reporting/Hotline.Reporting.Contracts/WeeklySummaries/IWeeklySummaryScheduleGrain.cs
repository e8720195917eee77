namespace Hotline.Reporting.Contracts.WeeklySummaries;

/// <summary>
/// Keeps the weeks' grains registered (one per deployment, key <see cref="SingletonKey"/>): on start and on its own
/// reminder it ensures the week under way and the one before it (whose deadline may still be ahead), so a week's
/// reminder exists before its draft time even when no one called anything.
/// </summary>
[Alias("Hotline.Reporting.IWeeklySummaryScheduleGrain")]
public interface IWeeklySummaryScheduleGrain : IGrainWithStringKey
{
    public const string SingletonKey = "weekly-summaries";

    [Alias("Start")]
    Task Start();
}
