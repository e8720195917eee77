using System.Collections.Immutable;
using System.Threading.Channels;
using Hotline.Live.Contracts;
using Microsoft.Extensions.Logging;

namespace Hotline.Live.Hub;

/// <summary>
/// This process' subscribers (console circuits). <see cref="Deliver"/> only queues: a bounded channel (oldest notice
/// dropped when full, so a grain is never held up) drained by one background loop, which hands each wanted change to
/// the subscription's own queue. A slow or throwing subscriber therefore only ever delays itself.
/// </summary>
public sealed class LiveHub : ILiveChanges, IDisposable
{
    internal const int QueueCapacity = 4096;

    private readonly Channel<LiveChange> _queue = Channel.CreateBounded<LiveChange>(
        new BoundedChannelOptions(QueueCapacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly ILogger<LiveHub> _logger;
    private readonly Task _loop;
    private ImmutableArray<LiveSubscription> _subscriptions = [];

    public LiveHub(ILogger<LiveHub> logger)
    {
        _logger = logger;
        _loop = Task.Run(DrainAsync);
    }

    /// <summary>The number of open subscriptions (operators' view, tests).</summary>
    public int SubscriberCount => _subscriptions.Length;

    /// <summary>Queues a change for this process' subscribers; never blocks, never throws.</summary>
    public void Deliver(LiveChange change) => _queue.Writer.TryWrite(change);

    public IDisposable Subscribe(Func<LiveChange, bool> wanted, Func<LiveChange, Task> onChange)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(onChange);
        var subscription = new LiveSubscription(wanted, onChange, Remove, _logger);
        ImmutableInterlocked.Update(ref _subscriptions, list => list.Add(subscription));
        return subscription;
    }

    private void Remove(LiveSubscription subscription) =>
        ImmutableInterlocked.Update(ref _subscriptions, list => list.Remove(subscription));

    private async Task DrainAsync()
    {
        await foreach (var change in _queue.Reader.ReadAllAsync())
        {
            foreach (var subscription in _subscriptions)
            {
                subscription.Offer(change);
            }
        }
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
