using System.Buffers.Binary;

namespace Hotline.Attachments.Photos;

/// <summary>
/// Walks a JPEG's marker segments from SOI to SOS, dropping APP1 (Exif, XMP), APP2..APP15 other than an
/// ICC profile (colour) and Adobe APP14 (needed to decode some CMYK files), non-JFIF APP0 and COM. From SOS on
/// the compressed picture is copied unchanged up to and including EOI; anything after EOI (a "trailer", where
/// some tools hide a second EXIF block with the GPS position) is dropped (<see cref="JpegScanWalker"/>).
/// </summary>
internal static class JpegMetadataStripper
{
    private const byte Sos = 0xDA, Eoi = 0xD9, Soi = 0xD8, App0 = 0xE0, App2 = 0xE2, App14 = 0xEE, App15 = 0xEF, Com = 0xFE;

    public static (byte[]? Bytes, string? Problem) Strip(byte[] bytes)
    {
        var output = new List<byte>(bytes.Length);
        output.AddRange(bytes.AsSpan(0, 2)); // SOI
        var dropped = false;
        var at = 2;
        while (true)
        {
            if (at >= bytes.Length || bytes[at] != 0xFF)
            {
                return (null, $"no marker at byte {at} before the start of scan.");
            }

            while (at < bytes.Length && bytes[at] == 0xFF)
            {
                at++; // a marker may be preceded by fill bytes
            }

            if (at >= bytes.Length)
            {
                return (null, "the file ends before the start of scan.");
            }

            var marker = bytes[at];
            var start = at - 1;
            if (marker == Sos)
            {
                var picture = JpegScanWalker.PictureEnd(bytes, start);
                output.AddRange(bytes.AsSpan(start, picture - start));
                return (dropped || picture < bytes.Length ? [.. output] : bytes, null);
            }

            if (marker is Eoi or Soi or 0x00)
            {
                return (null, $"unexpected marker 0x{marker:X2} at byte {start} before the start of scan.");
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                output.AddRange(bytes.AsSpan(start, 2)); // TEM and RSTn have no length
                at++;
                continue;
            }

            if (at + 2 >= bytes.Length)
            {
                return (null, $"the segment at byte {start} is cut short.");
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at + 1, 2));
            var end = at + 1 + length;
            if (length < 2 || end > bytes.Length)
            {
                return (null, $"the segment at byte {start} runs past the end of the file.");
            }

            if (Keeps(marker, bytes.AsSpan(at + 3, length - 2)))
            {
                output.AddRange(bytes.AsSpan(start, end - start));
            }
            else
            {
                dropped = true;
            }

            at = end;
        }
    }

    private static bool Keeps(byte marker, ReadOnlySpan<byte> payload) => marker switch
    {
        App0 => payload.StartsWith("JFIF\0"u8),
        App2 => payload.StartsWith("ICC_PROFILE\0"u8),
        App14 => payload.StartsWith("Adobe"u8),
        (> App0 and <= App15) or Com => false,
        _ => true,
    };
}
