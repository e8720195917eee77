using Hotline.Kernel;

namespace Hotline.Tickets.Api;

/// <summary>
/// A ticket's id is derived from its channel and request id, so a retried registration reaches the
/// same grain and is answered from it rather than creating a second ticket.
/// </summary>
public static class TicketIds
{
    public static Guid FromRequest(string channel, string requestId) => NameBasedGuid.From($"{channel}\n{requestId}");
}
