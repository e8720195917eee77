using System.Security.Cryptography;
using System.Text;

namespace Hotline.Escalation.Contracts;

/// <summary>
/// Deterministic warning ids: the same subject and rule always name the same warning grain, which
/// makes raising exactly-once across retries, repeated reminder ticks and silo failover.
/// </summary>
public static class WarningIds
{
    public static Guid ForTicket(Guid ticketId, WarningTrigger trigger, WarningLevel level, int occurrence = 0) =>
        From($"ticket/{ticketId:N}/{trigger}/{level}/{occurrence}");

    public static Guid ForIncident(string scope, string issueKey, long episode) =>
        From($"incident/{scope}/{issueKey}/{episode}");

    private static Guid From(string name)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
