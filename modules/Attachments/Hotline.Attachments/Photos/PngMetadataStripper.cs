using System.Buffers.Binary;

namespace Hotline.Attachments.Photos;

/// <summary>
/// Walks a PNG's chunks after the signature, dropping eXIf, tEXt, zTXt, iTXt and tIME and copying every other
/// chunk whole (so its CRC still holds). The walk ends at IEND; anything after it is not part of the image and is dropped.
/// </summary>
internal static class PngMetadataStripper
{
    private const int SignatureLength = 8, ChunkOverhead = 12; // length, type, CRC

    private static readonly string[] MetadataChunks = ["eXIf", "tEXt", "zTXt", "iTXt", "tIME"];

    public static (byte[]? Bytes, string? Problem) Strip(byte[] bytes)
    {
        var output = new List<byte>(bytes.Length);
        output.AddRange(bytes.AsSpan(0, SignatureLength));
        var dropped = false;
        var at = SignatureLength;
        while (true)
        {
            if (bytes.Length - at < ChunkOverhead)
            {
                return (null, $"the file ends at byte {bytes.Length} without an IEND chunk.");
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at, 4));
            if (length > (uint)(bytes.Length - at - ChunkOverhead))
            {
                return (null, $"the chunk at byte {at} runs past the end of the file.");
            }

            var end = at + ChunkOverhead + (int)length;
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            if (MetadataChunks.Contains(type, StringComparer.Ordinal))
            {
                dropped = true;
            }
            else
            {
                output.AddRange(bytes.AsSpan(at, end - at));
            }

            if (type == "IEND")
            {
                return (dropped || end != bytes.Length ? [.. output] : bytes, null);
            }

            at = end;
        }
    }
}
