using System.Security.Cryptography;
using System.Text;

namespace Hotline.Kernel;

/// <summary>
/// A stable Guid from a name (SHA-256, RFC 9562 version 8): the same name always gives the same id, which is
/// how retried requests, repeated reminder ticks and two silos reach one grain and do one thing.
/// </summary>
public static class NameBasedGuid
{
    public static Guid From(string name)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
