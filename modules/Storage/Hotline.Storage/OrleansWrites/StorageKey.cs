namespace Hotline.Storage.OrleansWrites;

/// <summary>
/// A grain id as Orleans' ADO.NET storage keys its row: a Guid key as its 16 bytes' two little-endian halves, an
/// integer key as (0, key), each with its extension; any other key as (0, 0) with the whole key as the extension.
/// </summary>
public readonly record struct StorageKey(long N0, long N1, string? Extension)
{
    public static StorageKey Of(GrainId grainId)
    {
        if (grainId.TryGetGuidKey(out var guid, out var guidExtension))
        {
            Span<byte> bytes = stackalloc byte[16];
            guid.TryWriteBytes(bytes);
            return new StorageKey(BitConverter.ToInt64(bytes[..8]), BitConverter.ToInt64(bytes[8..]), guidExtension);
        }

        if (grainId.TryGetIntegerKey(out var integer, out var integerExtension))
        {
            return new StorageKey(0, integer, integerExtension);
        }

        return new StorageKey(0, 0, grainId.Key.ToString());
    }
}
