namespace Hotline.WebConsole.Dashboard;

/// <summary>
/// Coalesces pushed changes into at most one re-read per <see cref="Window"/> of the injected clock. Why: a company
/// dashboard's figures are set-based SQL over the whole company; re-computing them on every ticket or warning change
/// of the company (hundreds a minute at peak, each pushed to every open dashboard) would load the database for a picture
/// nobody can read that fast. So the first change after a quiet window re-reads at once (the page stays as live as the
/// others), and the changes that come within the window are taken in by one re-read when it ends. The re-read runs
/// unawaited, so it must deal with its own failures (the dashboard hands them to its circuit).
/// </summary>
public sealed class ReReadWindow(TimeProvider clock, TimeSpan window, Func<Task> reRead) : IDisposable
{
    private readonly Lock _gate = new();
    private ITimer? _timer;
    private bool _open;
    private bool _pending;
    private bool _disposed;

    public TimeSpan Window => window;

    /// <summary>A wanted change arrived: re-read now if no window is open, else once when it ends.</summary>
    public void Changed()
    {
        lock (_gate)
        {
            if (_disposed)
                return;
            if (_open)
            {
                _pending = true;
                return;
            }

            Open();
        }

        _ = reRead();
    }

    /// <summary>The window ended: re-read once for the changes it took in (which opens the next window), else close it.</summary>
    private void Ended()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
            _open = false;
            if (_disposed || !_pending)
                return;
            _pending = false;
            Open();
        }

        _ = reRead();
    }

    private void Open()
    {
        _open = true;
        _timer = clock.CreateTimer(_ => Ended(), null, window, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _timer?.Dispose();
            _timer = null;
        }
    }
}
