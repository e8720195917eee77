using Microsoft.Extensions.Hosting;

namespace Hotline.BuildingBlocks;

/// <summary>
/// The loop every outbox dispatcher runs (staff channel deliveries, owner messages): a sweep at once when woken (new rows
/// were recorded), and every <see cref="SweepInterval"/> for retries that fell due and rows a crashed silo left behind.
/// The rows in PostgreSQL are what survives; a sweep that throws is reported and the next one tries again.
/// </summary>
public abstract class OutboxSweeper(TimeProvider time) : BackgroundService
{
    private TaskCompletionSource _wake = NewSignal();

    /// <summary>The clock the loop waits by, for the derived dispatcher's own times.</summary>
    protected TimeProvider Time => time;

    /// <summary>How long the loop waits between sweeps when nobody wakes it.</summary>
    protected abstract TimeSpan SweepInterval { get; }

    /// <summary>False when there is nothing this silo could ever send (no channel installed): the loop does not run.</summary>
    protected virtual bool HasWork => true;

    /// <summary>Asks for a sweep now (new rows were recorded).</summary>
    public void Wake() => Volatile.Read(ref _wake).TrySetResult();

    /// <summary>Claims and carries out due rows until none is left.</summary>
    public abstract Task Sweep(CancellationToken ct);

    /// <summary>A sweep failed (the database is unreachable, ...): log it; the next sweep retries.</summary>
    protected abstract void SweepFailed(Exception error);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!HasWork)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            // A fresh signal before the sweep: a wake during it starts the next sweep at once.
            Interlocked.Exchange(ref _wake, NewSignal());
            try
            {
                await Sweep(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                SweepFailed(e);
            }

            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var delay = Task.Delay(SweepInterval, time, waiting.Token);
            await Task.WhenAny(delay, Volatile.Read(ref _wake).Task);
            await waiting.CancelAsync();
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
