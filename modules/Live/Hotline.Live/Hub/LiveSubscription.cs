using System.Threading.Channels;
using Hotline.Live.Contracts;
using Microsoft.Extensions.Logging;

namespace Hotline.Live.Hub;

/// <summary>
/// One subscriber: its filter runs on the hub's loop (cheap, guarded), its handler on its own loop behind a small
/// bounded queue (oldest dropped: a page that falls behind re-reads anyway), so it can be slow or throw alone.
/// </summary>
internal sealed class LiveSubscription : IDisposable
{
    internal const int QueueCapacity = 256;

    private readonly Channel<LiveChange> _pending = Channel.CreateBounded<LiveChange>(
        new BoundedChannelOptions(QueueCapacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly Func<LiveChange, bool> _wanted;
    private readonly Func<LiveChange, Task> _onChange;
    private readonly Action<LiveSubscription> _remove;
    private readonly ILogger _logger;
    private int _disposed;

    public LiveSubscription(Func<LiveChange, bool> wanted, Func<LiveChange, Task> onChange, Action<LiveSubscription> remove, ILogger logger)
    {
        _wanted = wanted;
        _onChange = onChange;
        _remove = remove;
        _logger = logger;
        _ = Task.Run(PumpAsync);
    }

    /// <summary>Called by the hub's loop: filters, then queues without waiting.</summary>
    public void Offer(LiveChange change)
    {
        if (Volatile.Read(ref _disposed) != 0)
        {
            return;
        }
        try
        {
            if (!_wanted(change))
            {
                return;
            }
        }
        catch (Exception error)
        {
            _logger.LogWarning(error, "A live subscriber's filter threw on {Topic} {Id}; skipped", change.Topic, change.Id);
            return;
        }
        _pending.Writer.TryWrite(change);
    }

    private async Task PumpAsync()
    {
        await foreach (var change in _pending.Reader.ReadAllAsync())
        {
            if (Volatile.Read(ref _disposed) != 0)
            {
                return;
            }
            try
            {
                await _onChange(change);
            }
            catch (Exception error)
            {
                _logger.LogWarning(error, "A live subscriber threw on {Topic} {Id}; it keeps its subscription", change.Topic, change.Id);
            }
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        _pending.Writer.TryComplete();
        _remove(this);
    }
}
