using System.Collections.Concurrent;
using Hotline.Live.Contracts;

namespace Hotline.Live.Tests.Hub;

/// <summary>A subscriber's log of what reached it, with a wait for a given change (no fixed sleeps).</summary>
public sealed class Received
{
    private readonly ConcurrentQueue<LiveChange> _changes = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waits = new();

    public IReadOnlyList<LiveChange> Changes => [.. _changes];

    public Task Record(LiveChange change)
    {
        _changes.Enqueue(change);
        Arrival(change.Id).TrySetResult();
        return Task.CompletedTask;
    }

    public Task WaitFor(string id, TimeSpan? within = null) =>
        Arrival(id).Task.WaitAsync(within ?? TimeSpan.FromSeconds(10));

    private TaskCompletionSource Arrival(string id) =>
        _waits.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
