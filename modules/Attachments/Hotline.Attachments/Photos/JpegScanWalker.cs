using System.Buffers.Binary;

namespace Hotline.Attachments.Photos;

/// <summary>
/// Finds where a JPEG's picture ends: walks from the first SOS through the entropy-coded data (0xFF00 is a data
/// byte, RSTn and fill bytes carry no length) and the segments between scans (DHT, DQT, further SOS of a
/// progressive file) to EOI. Bytes after EOI are no part of the picture.
/// </summary>
internal static class JpegScanWalker
{
    /// <summary>The index just past EOI; the file's length when there is no EOI (nothing follows the picture then).</summary>
    public static int PictureEnd(byte[] bytes, int sos)
    {
        var at = sos;
        while (at + 1 < bytes.Length)
        {
            if (bytes[at] != 0xFF)
            {
                at++;
                continue;
            }

            var marker = bytes[at + 1];
            if (marker == 0xD9)
            {
                return at + 2; // EOI
            }

            if (marker is 0x00 or 0xFF or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                at += marker == 0xFF ? 1 : 2; // stuffed data byte, fill byte, TEM or RSTn: no length
                continue;
            }

            // A segment with a length (SOS, DHT, DQT, DRI, ...): skip its header; entropy data follows an SOS.
            if (at + 3 >= bytes.Length)
            {
                return bytes.Length;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 2, 2));
            at += 2 + Math.Max((int)length, 2);
        }

        return bytes.Length;
    }
}
