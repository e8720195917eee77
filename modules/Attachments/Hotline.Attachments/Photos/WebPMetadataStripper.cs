using System.Buffers.Binary;

namespace Hotline.Attachments.Photos;

/// <summary>
/// Walks a WebP's RIFF chunks, dropping EXIF and XMP, clearing the VP8X flags that announce them and
/// rewriting the RIFF size; every other chunk (VP8/VP8L picture, ALPH, ICCP, ANIM/ANMF) is copied whole.
/// </summary>
internal static class WebPMetadataStripper
{
    private const int HeaderLength = 12, ChunkHeaderLength = 8; // "RIFF", size, "WEBP"; then fourCC, size

    /// <summary>The VP8X flag byte: bit 3 says an EXIF chunk follows, bit 2 an XMP chunk.</summary>
    private const byte ExifAndXmpFlags = 0x08 | 0x04;

    public static (byte[]? Bytes, string? Problem) Strip(byte[] bytes)
    {
        var riffEnd = 8L + BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4, 4));
        if (riffEnd > bytes.Length)
        {
            return (null, "the RIFF size runs past the end of the file.");
        }

        var output = new List<byte>(bytes.Length);
        output.AddRange(bytes.AsSpan(0, HeaderLength));
        var changed = riffEnd != bytes.Length;
        var at = HeaderLength;
        while (at < riffEnd)
        {
            if (riffEnd - at < ChunkHeaderLength)
            {
                return (null, $"the chunk at byte {at} is cut short.");
            }

            var size = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 4, 4));
            var end = at + ChunkHeaderLength + (long)size + (size & 1); // chunks are padded to an even size
            if (end > riffEnd)
            {
                return (null, $"the chunk at byte {at} runs past the end of the file.");
            }

            var fourCc = System.Text.Encoding.ASCII.GetString(bytes, at, 4);
            if (fourCc is "EXIF" or "XMP ")
            {
                changed = true;
            }
            else
            {
                var flagsAt = output.Count + ChunkHeaderLength;
                output.AddRange(bytes.AsSpan(at, (int)(end - at)));
                if (fourCc == "VP8X" && size > 0 && (output[flagsAt] & ExifAndXmpFlags) != 0)
                {
                    output[flagsAt] &= unchecked((byte)~ExifAndXmpFlags);
                    changed = true;
                }
            }

            at = (int)end;
        }

        if (!changed)
        {
            return (bytes, null);
        }

        var stripped = output.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(stripped.AsSpan(4, 4), (uint)(stripped.Length - 8));
        return (stripped, null);
    }
}
