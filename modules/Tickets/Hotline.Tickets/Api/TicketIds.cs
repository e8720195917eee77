using System.Security.Cryptography;
using System.Text;

namespace Hotline.Tickets.Api;

/// <summary>
/// A ticket's id is derived from its channel and request id, so a retried registration reaches the
/// same grain and is answered from it rather than creating a second ticket.
/// </summary>
public static class TicketIds
{
    public static Guid FromRequest(string channel, string requestId)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{channel}\n{requestId}"), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8: a custom, name-based UUID
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }
}
