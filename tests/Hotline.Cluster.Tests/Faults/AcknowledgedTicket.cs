using System.Collections.Concurrent;

namespace Hotline.Cluster.Tests.Faults;

/// <summary>A ticket whose registration the API acknowledged, with the commands acknowledged on it and those sent without an answer.</summary>
public sealed class AcknowledgedTicket(Guid id, int index)
{
    public Guid Id { get; } = id;

    public int Index { get; } = index;

    public ConcurrentQueue<string> Acknowledged { get; } = new();

    /// <summary>Commands sent but not acknowledged: they may or may not have happened, but never twice.</summary>
    public ConcurrentQueue<string> Unanswered { get; } = new();
}
