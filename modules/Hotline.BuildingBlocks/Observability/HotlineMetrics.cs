using System.Diagnostics.Metrics;

namespace Hotline.BuildingBlocks.Observability;

/// <summary>
/// The one "Hotline" meter (issue 14) and its instruments, shared by every module through this kernel project, so no
/// module references another to count. Names follow OpenTelemetry's conventions (dots, units apart); the Prometheus
/// exporter turns them into e.g. <c>hotline_tickets_registered_total</c>. Tags are small closed sets (kinds, channels,
/// clocks, levels), never ids: one series per ticket would swamp the scrape.
/// </summary>
public sealed class HotlineMetrics
{
    public const string MeterName = "Hotline";
    public const string Registered = "hotline.tickets.registered";
    public const string Met = "hotline.deadlines.met";
    public const string Breached = "hotline.deadlines.breached";
    public const string Warnings = "hotline.warnings.raised";
    public const string ReminderLatenessName = "hotline.reminder.lateness";

    private readonly Counter<long> _registered;
    private readonly Counter<long> _met;
    private readonly Counter<long> _breached;
    private readonly Counter<long> _warnings;
    private readonly Histogram<double> _reminderLateness;
    private readonly Counter<long> _storageErrors;
    private readonly Counter<long> _storageRetries;

    public HotlineMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        Meter = meters.Create(MeterName);
        _registered = Meter.CreateCounter<long>(Registered, "{ticket}", "Tickets registered, by kind and channel");
        _met = Meter.CreateCounter<long>(Met, "{deadline}", "Clocks met, by clock and whether on time");
        _breached = Meter.CreateCounter<long>(Breached, "{deadline}", "Breaches recorded, by clock");
        _warnings = Meter.CreateCounter<long>(Warnings, "{warning}", "Warnings raised, by level");
        _reminderLateness = Meter.CreateHistogram(
            ReminderLatenessName, "s", "Reminder tick processed minus the tick's due time",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = ReminderLatenessBuckets });
        _storageErrors = Meter.CreateCounter<long>("hotline.storage.errors", "{error}", "Database operations that failed, by store");
        _storageRetries = Meter.CreateCounter<long>("hotline.storage.retries", "{retry}", "Database operations tried again, by store");
        Figures = new HotlineFigures(this); // listening from the first measurement on
    }

    /// <summary>This host's totals of the same instruments, for the console's cluster page.</summary>
    public HotlineFigures Figures { get; }

    /// <summary>Seconds: the morning wave's targets are sub-second (p99 ≤ 100 ms), the retry period is one minute.</summary>
    public static IReadOnlyList<double> ReminderLatenessBuckets { get; } = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

    /// <summary>For modules that observe a figure of their own (an observable gauge) on the same meter.</summary>
    public Meter Meter { get; }

    public void TicketRegistered(string kind, string channel) =>
        _registered.Add(1, new("kind", kind), new("channel", channel));

    public void DeadlineMet(string clock, bool onTime) =>
        _met.Add(1, new("clock", clock), new("on_time", onTime ? "true" : "false"));

    public void DeadlineBreached(string clock) => _breached.Add(1, new KeyValuePair<string, object?>("clock", clock));

    public void WarningRaised(string level) => _warnings.Add(1, new KeyValuePair<string, object?>("level", level));

    /// <summary>A negative lateness (a tick processed before its time) counts as zero.</summary>
    public void ReminderLateness(string reminder, TimeSpan lateness) =>
        _reminderLateness.Record(Math.Max(0, lateness.TotalSeconds), new KeyValuePair<string, object?>("reminder", reminder));

    public void StorageError(string store) => _storageErrors.Add(1, new KeyValuePair<string, object?>("store", store));

    public void StorageRetry(string store) => _storageRetries.Add(1, new KeyValuePair<string, object?>("store", store));
}
