namespace Hotline.Benchmarks;

/// <summary>
/// A run's rate over the items completed after its first fifth. Both sides of the wave start cold (the host compiles its
/// code as it first runs it and fills its caches; the peer too, with less code): an operator's silo meets the morning
/// warm, after a night of registrations. Reported beside the whole run's rate, never instead of it. With a CPU reading
/// (<paramref name="cpu"/>), also the CPU each item after the first fifth cost.
/// </summary>
public sealed class WarmRate(int total, TimeProvider? time = null, Func<CpuUse>? cpu = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly int _fifth = Math.Max(1, total / 5);
    private int _done;
    private long _fifthAt = long.MinValue;
    private long _lastAt = long.MinValue;
    private CpuUse? _cpuAtFifth;

    /// <summary>One item completed (thread-safe).</summary>
    public void Completed()
    {
        var done = Interlocked.Increment(ref _done);
        var now = _time.GetTimestamp();
        if (done == _fifth)
        {
            _cpuAtFifth = cpu?.Invoke();
            Interlocked.Exchange(ref _fifthAt, now);
        }

        long last;
        while ((last = Volatile.Read(ref _lastAt)) < now && Interlocked.CompareExchange(ref _lastAt, now, last) != last)
        {
        }
    }

    /// <summary>Items a second after the first fifth; 0 when too few completed to tell.</summary>
    public double PerSecond
    {
        get
        {
            var fifthAt = Volatile.Read(ref _fifthAt);
            var seconds = fifthAt == long.MinValue ? 0 : (Volatile.Read(ref _lastAt) - fifthAt) / (double)_time.TimestampFrequency;
            return seconds <= 0 ? 0 : (Volatile.Read(ref _done) - _fifth) / seconds;
        }
    }

    /// <summary>CPU per item completed after the first fifth, read now (call it once the last item completed); null without a reading.</summary>
    public CpuUse? CpuPerItemAfterFifth()
    {
        var done = Volatile.Read(ref _done);
        return cpu is null || Volatile.Read(ref _fifthAt) == long.MinValue || _cpuAtFifth is not { } atFifth || done <= _fifth
            ? null
            : (cpu() - atFifth).PerItem(done - _fifth);
    }
}
