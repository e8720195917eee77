using System.Collections.Immutable;
using System.Threading.Channels;
using Hotline.Live.Contracts;
using Hotline.Live.Hub;
using Microsoft.Extensions.Logging;

namespace Hotline.Live.Cluster;

/// <summary>
/// This silo's end of live pushes. Outgoing: changes published here are queued (bounded, oldest dropped) and one loop
/// sends them in batches, one-way, straight to every other member's relay: the fan-out per change is the number of
/// silos and no grain sits on the path. Incoming: batches from other silos go to this silo's <see cref="LiveHub"/>.
/// The member list comes from <see cref="ILiveDirectoryGrain"/> (joined at start, then every refresh) and is pruned
/// by the cluster membership, so a dead silo is skipped as soon as membership says so and a restarted one (a new
/// silo address) joins by itself.
/// </summary>
public sealed partial class LiveRelay(
    LiveHub hub,
    IGrainFactory grains,
    ILocalSiloDetails silo,
    IClusterMembershipService membership,
    LiveOptions options,
    ILogger<LiveRelay> logger) : ILiveSiloObserver, ILifecycleParticipant<ISiloLifecycle>
{
    private const int BatchSize = 256;
    private static readonly TimeSpan FirstJoinWait = TimeSpan.FromSeconds(5);

    private readonly Channel<LiveChange> _outgoing = Channel.CreateBounded<LiveChange>(
        new BoundedChannelOptions(LiveHub.QueueCapacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private ImmutableDictionary<SiloAddress, ILiveSiloObserver> _others = ImmutableDictionary<SiloAddress, ILiveSiloObserver>.Empty;
    private ILiveSiloObserver? _self;
    private Task _sending = Task.CompletedTask;
    private Task _refreshing = Task.CompletedTask;

    /// <summary>The other silos this one sends to (read by the two-silo tests to see a dead silo dropped).</summary>
    public IReadOnlyCollection<SiloAddress> OtherSilos => _others.Keys.ToList();

    /// <summary>Queues a change published on this silo for the other silos; never blocks, never throws.</summary>
    public void Forward(LiveChange change) => _outgoing.Writer.TryWrite(change);

    public Task Receive(LiveChange[] changes)
    {
        foreach (var change in changes)
        {
            hub.Deliver(change);
        }
        return Task.CompletedTask;
    }

    public Task Members(LiveMember[] members)
    {
        Learn(members);
        return Task.CompletedTask;
    }

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(LiveRelay), ServiceLifecycleStage.Active, StartAsync, StopAsync);

    private async Task StartAsync(CancellationToken cancellation)
    {
        // Outside any grain's context (required for a silo-hosted observer).
        _self = await Task.Run(() => grains.CreateObjectReference<ILiveSiloObserver>(this), cancellation);
        _sending = Task.Run(SendAsync);
        // Joined before the silo reports started, so a new silo is reachable at once; bounded, so a directory whose
        // silo just died (not yet declared dead) never holds up the start: the refresh retries.
        try
        {
            await JoinAsync().WaitAsync(FirstJoinWait, cancellation);
        }
        catch (TimeoutException)
        {
            LogFirstJoinSlow(logger, FirstJoinWait);
        }
        _refreshing = Task.Run(RefreshAsync);
    }

    private async Task StopAsync(CancellationToken cancellation)
    {
        _outgoing.Writer.TryComplete();
        await _stopping.CancelAsync();
        await Task.WhenAll(_sending, _refreshing).WaitAsync(cancellation).ContinueWith(_ => { }, TaskScheduler.Default);
        if (_self is not null)
        {
            grains.DeleteObjectReference<ILiveSiloObserver>(_self);
        }
    }

    private async Task RefreshAsync()
    {
        // Infrastructure pacing in real time, not business time: the refresh must go on while a test's clock stands still.
        using var timer = new PeriodicTimer(options.RefreshInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token))
            {
                await JoinAsync();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task JoinAsync()
    {
        try
        {
            var members = await grains.GetGrain<ILiveDirectoryGrain>(0).Join(new LiveMember(silo.SiloAddress, _self!));
            Learn(members);
        }
        catch (Exception error) when (!_stopping.IsCancellationRequested)
        {
            LogJoinFailed(logger, error);
        }
    }

    /// <summary>Adds what the directory knows (a re-activated directory may know less than this relay: nothing is dropped here).</summary>
    private void Learn(IEnumerable<LiveMember> members) =>
        ImmutableInterlocked.Update(ref _others, others =>
        {
            foreach (var member in members.Where(m => !m.Silo.Equals(silo.SiloAddress)))
            {
                others = others.SetItem(member.Silo, member.Observer);
            }
            return others;
        });

    private async Task SendAsync()
    {
        var batch = new List<LiveChange>(BatchSize);
        while (await _outgoing.Reader.WaitToReadAsync())
        {
            while (batch.Count < BatchSize && _outgoing.Reader.TryRead(out var change))
            {
                batch.Add(change);
            }
            var changes = batch.ToArray();
            batch.Clear();
            foreach (var (address, observer) in Alive())
            {
                try
                {
                    _ = observer.Receive(changes);
                }
                catch (Exception error)
                {
                    LogSendFailed(logger, error, address);
                }
            }
        }
    }

    /// <summary>The other members, less those membership now calls dead or leaving (dropped for good).</summary>
    private ImmutableDictionary<SiloAddress, ILiveSiloObserver> Alive()
    {
        var snapshot = membership.CurrentSnapshot;
        var gone = _others.Keys.Where(address => snapshot.GetSiloStatus(address).IsTerminating()).ToList();
        if (gone.Count > 0)
        {
            ImmutableInterlocked.Update(ref _others, others => others.RemoveRange(gone));
        }
        return _others;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live pushes could not join the directory; retried at the next refresh")]
    private static partial void LogJoinFailed(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Live pushes: joining the directory took over {Wait}; the silo starts and the join goes on")]
    private static partial void LogFirstJoinSlow(ILogger logger, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live changes could not be sent to silo {Silo}")]
    private static partial void LogSendFailed(ILogger logger, Exception error, SiloAddress silo);
}
