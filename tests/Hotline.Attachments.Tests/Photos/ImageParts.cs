using System.Buffers.Binary;
using System.Text;

namespace Hotline.Attachments.Tests.Photos;

/// <summary>The pieces image files are made of (JPEG segments, PNG chunks, RIFF chunks), to build small test files.</summary>
internal static class ImageParts
{
    public static readonly byte[] JpegSoi = [0xFF, 0xD8];
    public static readonly byte[] JpegEoi = [0xFF, 0xD9];
    public static readonly byte[] PngSignature = [0x89, .. "PNG\r\n\u001a\n"u8];

    /// <summary>A marker segment: FF, the marker, a big-endian length counting itself, the payload.</summary>
    public static byte[] JpegSegment(byte marker, byte[] payload) =>
        [0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2), .. payload];

    public static byte[] JpegSegment(byte marker, string payload) => JpegSegment(marker, Encoding.ASCII.GetBytes(payload));

    /// <summary>APP0 "JFIF" version 1.1, no density, no thumbnail.</summary>
    public static byte[] Jfif() => JpegSegment(0xE0, [.. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0]);

    /// <summary>SOS for one component, then the given entropy-coded data and EOI.</summary>
    public static byte[] JpegScan(byte[] entropyCoded) => [.. JpegSegment(0xDA, [1, 1, 0, 0, 0x3F, 0]), .. entropyCoded, .. JpegEoi];

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

    /// <summary>IHDR of a 1x1 8-bit greyscale image.</summary>
    public static byte[] PngHeader() => PngChunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);

    public static byte[] Png(params byte[][] chunks) => [.. PngSignature, .. chunks.SelectMany(c => c)];

    /// <summary>A RIFF chunk: fourCC, little-endian data size, data, and a pad byte when the size is odd.</summary>
    public static byte[] RiffChunk(string fourCc, byte[] data)
    {
        var chunk = new byte[8 + data.Length + (data.Length & 1)];
        Encoding.ASCII.GetBytes(fourCc).CopyTo(chunk, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(4), (uint)data.Length);
        data.CopyTo(chunk, 8);
        return chunk;
    }

    public static byte[] WebP(params byte[][] chunks)
    {
        byte[] file = [.. "RIFF"u8, 0, 0, 0, 0, .. "WEBP"u8, .. chunks.SelectMany(c => c)];
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(4), (uint)(file.Length - 8));
        return file;
    }

    /// <summary>VP8X with the given flag byte, for a 1x1 canvas.</summary>
    public static byte[] Vp8X(byte flags) => RiffChunk("VP8X", [flags, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

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
