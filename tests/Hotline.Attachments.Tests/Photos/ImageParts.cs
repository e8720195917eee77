using System.Buffers.Binary;
using System.Text;

namespace Hotline.Attachments.Tests.Photos;

/// <summary>The pieces image files are made of (JPEG segments, PNG chunks), to build small test files.</summary>
internal static class ImageParts
{
    public static readonly byte[] JpegSoi = [0xFF, 0xD8];
    public static readonly byte[] PngSignature = [0x89, .. "PNG\r\n\u001a\n"u8];

    /// <summary>A marker segment: FF, the marker, a big-endian length counting itself, the payload.</summary>
    public static byte[] JpegSegment(byte marker, byte[] payload) =>
        [0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2), .. payload];

    public static byte[] JpegSegment(byte marker, string payload) => JpegSegment(marker, Encoding.ASCII.GetBytes(payload));

    /// <summary>A PNG chunk: big-endian data length, type, data, CRC-32 of type and data.</summary>
    public static byte[] PngChunk(string type, byte[] data)
    {
        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        var chunk = new byte[typeAndData.Length + 8];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, (uint)data.Length);
        typeAndData.CopyTo(chunk, 4);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(chunk.Length - 4), Crc32(typeAndData));
        return chunk;
    }

    public static byte[] PngChunk(string type, string data) => PngChunk(type, Encoding.Latin1.GetBytes(data));

    /// <summary>IHDR of an 8-bit greyscale image.</summary>
    public static byte[] PngHeader(uint width = 1, uint height = 1)
    {
        var data = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(data, width);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(4), height);
        data[8] = 8;
        return PngChunk("IHDR", data);
    }

    public static byte[] Png(params byte[][] chunks) => [.. PngSignature, .. chunks.SelectMany(c => c)];

    /// <summary>The PNG with the given chunks put right after its IHDR (signature 8 bytes, IHDR 25).</summary>
    public static byte[] WithChunksAfterHeader(byte[] png, params byte[][] chunks) => [.. png[..33], .. chunks.SelectMany(c => c), .. png[33..]];

    /// <summary>
    /// A complete, valid greyscale PNG of <paramref name="width"/> x <paramref name="height"/> black pixels: a few
    /// tens of KB that decode to width x height bytes and more (a decompression bomb).
    /// </summary>
    public static byte[] BlackPng(uint width, uint height)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(compressed, System.IO.Compression.CompressionLevel.SmallestSize))
        {
            var row = new byte[width + 1]; // filter byte 0, then the row's pixels
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        return Png(PngHeader(width, height), PngChunk("IDAT", compressed.ToArray()), PngChunk("IEND", []));
    }

    public static byte[] Noise(int seed, int length)
    {
        var bytes = new byte[Math.Max(0, length)];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static bool Contains(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    public static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
