using System.Diagnostics.Metrics;

namespace Hotline.BuildingBlocks.Observability;

/// <summary>
/// Totals of this host's <see cref="HotlineMetrics"/> instruments, heard through a <see cref="MeterListener"/> on that
/// very meter instance (not every meter of the name: tests run several hosts in one process). Cheap: a few
/// interlocked adds per measurement, nothing kept per ticket.
/// </summary>
public sealed class HotlineFigures : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _registered, _met, _breached, _warnings, _ticks;
    private double _latenessSum, _latenessMax;
    private readonly Lock _lateness = new();

    public HotlineFigures(HotlineMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, metrics.Meter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Count(instrument.Name, value));
        _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => Lateness(instrument.Name, value));
        _listener.Start();
    }

    public KeyFigures Read()
    {
        lock (_lateness)
        {
            return new KeyFigures(
                Interlocked.Read(ref _registered), Interlocked.Read(ref _met), Interlocked.Read(ref _breached), Interlocked.Read(ref _warnings),
                _ticks, _ticks == 0 ? null : _latenessSum / _ticks, _ticks == 0 ? null : _latenessMax);
        }
    }

    private void Count(string instrument, long value)
    {
        switch (instrument)
        {
            case HotlineMetrics.Registered: Interlocked.Add(ref _registered, value); break;
            case HotlineMetrics.Met: Interlocked.Add(ref _met, value); break;
            case HotlineMetrics.Breached: Interlocked.Add(ref _breached, value); break;
            case HotlineMetrics.Warnings: Interlocked.Add(ref _warnings, value); break;
        }
    }

    private void Lateness(string instrument, double seconds)
    {
        if (instrument != HotlineMetrics.ReminderLatenessName)
        {
            return;
        }

        lock (_lateness)
        {
            _ticks++;
            _latenessSum += seconds;
            _latenessMax = Math.Max(_latenessMax, seconds);
        }
    }

    public void Dispose() => _listener.Dispose();
}
