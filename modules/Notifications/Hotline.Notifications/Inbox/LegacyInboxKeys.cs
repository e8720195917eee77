using Orleans.Runtime;

namespace Hotline.Notifications.Inbox;

/// <summary>
/// Person ids back from the keys Orleans' ADO.NET grain storage filed inbox states under. It files a string grain
/// key that reads as a Guid or a hexadecimal integer as numbers (grainidn0, grainidn1, extension), and any other as
/// the extension alone; so a number is matched against the known people first, and else spelt the way Orleans would
/// read it back (hex digits lose their case and leading zeros). A person id is used only if it maps to the same key.
/// </summary>
public static class LegacyInboxKeys
{
    private static readonly GrainType Inbox = GrainType.Create("inbox");

    /// <summary>(grainidn0, grainidn1, grainidextension) of a string grain key, as AdoNetGrainStorage computes them.</summary>
    public static (long N0, long N1, string? Extension) StorageKeyOf(string key)
    {
        var id = GrainId.Create(Inbox, IdSpan.Create(key));
        if (id.TryGetGuidKey(out var guid, out var guidExtension))
        {
            var bytes = guid.ToByteArray();
            return (BitConverter.ToInt64(bytes, 0), BitConverter.ToInt64(bytes, 8), guidExtension);
        }

        return id.TryGetIntegerKey(out var number, out var extension) ? (0, number, extension) : (0, 0, key);
    }

    /// <summary>The person whose inbox a stored row is, or null when no person id maps to its key.</summary>
    public static string? PersonOf(long n0, long n1, string? extension, IEnumerable<string> knownPeople)
    {
        var key = (n0, n1, extension);
        var known = knownPeople.FirstOrDefault(p => StorageKeyOf(p) == key);
        if (known is not null)
        {
            return known;
        }

        var suffix = extension is null ? "" : "+" + extension;
        string?[] candidates =
        [
            n0 == 0 && n1 == 0 ? extension : null,
            n0 == 0 ? n1.ToString("X", System.Globalization.CultureInfo.InvariantCulture) + suffix : null,
            Guid(n0, n1).ToString("N") + suffix,
        ];
        return candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && StorageKeyOf(c) == key);
    }

    private static Guid Guid(long n0, long n1)
    {
        var bytes = new byte[16];
        BitConverter.TryWriteBytes(bytes.AsSpan(0, 8), n0);
        BitConverter.TryWriteBytes(bytes.AsSpan(8, 8), n1);
        return new Guid(bytes);
    }
}
