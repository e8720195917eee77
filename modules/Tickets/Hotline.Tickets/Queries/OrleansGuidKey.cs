using System.Buffers.Binary;

namespace Hotline.Tickets.Queries;

/// <summary>
/// How Orleans' ADO.NET grain storage splits a Guid key into <c>grainidn0</c>/<c>grainidn1</c>: the 16
/// bytes of <see cref="Guid.ToByteArray()"/>, read as two little-endian int64 values (bytes 0-7, 8-15).
/// Checked against rows the running host writes (QueryStoreRebuildTests).
/// </summary>
public static class OrleansGuidKey
{
    public static (long N0, long N1) Split(Guid key)
    {
        Span<byte> bytes = stackalloc byte[16];
        key.TryWriteBytes(bytes);
        return (BinaryPrimitives.ReadInt64LittleEndian(bytes), BinaryPrimitives.ReadInt64LittleEndian(bytes[8..]));
    }

    public static Guid Join(long n0, long n1)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, n0);
        BinaryPrimitives.WriteInt64LittleEndian(bytes[8..], n1);
        return new Guid(bytes);
    }
}
