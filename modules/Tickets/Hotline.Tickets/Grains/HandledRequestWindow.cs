using System.Collections.Immutable;

namespace Hotline.Tickets.Grains;

/// <summary>
/// The request ids a ticket remembers for idempotency: its registration's, for life (channels retry intake the
/// longest), and the latest <see cref="Size"/> − 1 others. A retry of a command older than that is answered as a new
/// command: the state machine refuses it (409) when its change is already made, e.g. a second "start"; a command
/// that can be applied again (a category correction back and forth) would be. Clients retry within seconds, 31
/// commands later is not a retry. Bounded so a long-lived ticket's saved state does not grow with its commands.
/// </summary>
public static class HandledRequestWindow
{
    public const int Size = 32;

    public static ImmutableArray<string> Add(ImmutableArray<string> handled, string requestId)
    {
        var next = (handled.IsDefault ? [] : handled).Add(requestId);
        return next.Length <= Size ? next : next.RemoveRange(1, next.Length - Size);
    }
}
