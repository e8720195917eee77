using System.Collections.Concurrent;
using Hotline.Live.Contracts;

namespace Hotline.Live.Tests.Hub;

/// <summary>A subscriber's log of what reached it, with a wait for a given change (no fixed sleeps).</summary>
public sealed class Received
{
    private readonly ConcurrentQueue<LiveChange> _changes = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waits = new();
    private readonly ConcurrentBag<(Func<LiveChange, bool> Match, TaskCompletionSource<LiveChange> Arrived)> _matches = [];

    public IReadOnlyList<LiveChange> Changes => [.. _changes];

    public Task Record(LiveChange change)
    {
        _changes.Enqueue(change);
        Arrival(change.Id).TrySetResult();
        foreach (var (match, arrived) in _matches)
        {
            if (match(change))
            {
                arrived.TrySetResult(change);
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>The first change (already in or still to come) that matches; fails after the timeout.</summary>
    public Task<LiveChange> WaitFor(Func<LiveChange, bool> match, TimeSpan? within = null)
    {
        var arrived = new TaskCompletionSource<LiveChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        _matches.Add((match, arrived));
        if (_changes.FirstOrDefault(match) is { } already)
        {
            arrived.TrySetResult(already);
        }
        return arrived.Task.WaitAsync(within ?? TimeSpan.FromSeconds(30));
    }

    public Task WaitFor(string id, TimeSpan? within = null) =>
        Arrival(id).Task.WaitAsync(within ?? TimeSpan.FromSeconds(10));

    private TaskCompletionSource Arrival(string id) =>
        _waits.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
