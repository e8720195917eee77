using System.Collections.Concurrent;
using Hotline.Plugins.Abstractions;

namespace Hotline.Channels.Tests.Support;

/// <summary>
/// An intake channel registered in the test host's DI: receives nothing, keeps every message it is asked to send, and
/// answers the next sends to a phone with a failure on demand.
/// </summary>
public sealed class TestDoor(string id) : IIntakeChannel
{
    private readonly ConcurrentQueue<OwnerMessage> _attempts = new();
    private readonly ConcurrentQueue<OwnerMessage> _delivered = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ChannelResult>> _failures = new(StringComparer.Ordinal);

    public string Id => id;

    public IReadOnlyList<InboundEndpoint> Endpoints => [];

    /// <summary>Every send asked for, failed ones included, in order.</summary>
    public IReadOnlyList<OwnerMessage> Attempts => [.. _attempts];

    /// <summary>The sends answered Delivered.</summary>
    public IReadOnlyList<OwnerMessage> Delivered => [.. _delivered];

    public InboundParse Parse(InboundRequest request) => InboundParse.Ignore("the test door receives nothing");

    /// <summary>The next <paramref name="times"/> sends to <paramref name="phone"/> answer <paramref name="result"/>.</summary>
    public void FailNext(string phone, ChannelResult result, int times = 1)
    {
        var queue = _failures.GetOrAdd(phone, _ => new ConcurrentQueue<ChannelResult>());
        for (var i = 0; i < times; i++)
        {
            queue.Enqueue(result);
        }
    }

    public Task<ChannelResult> Send(OwnerMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        _attempts.Enqueue(message);
        if (message.To.Phone is { } phone && _failures.TryGetValue(phone, out var queue) && queue.TryDequeue(out var failure))
        {
            return Task.FromResult(failure);
        }

        _delivered.Enqueue(message);
        return Task.FromResult(ChannelResult.Delivered);
    }
}
