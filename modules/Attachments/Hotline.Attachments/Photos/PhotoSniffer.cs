namespace Hotline.Attachments.Photos;

/// <summary>
/// Tells an accepted image format from the bytes themselves (their magic numbers), whatever the upload
/// claims: an HTML page or SVG renamed .jpg, a GIF or a PDF is none of them.
/// </summary>
public static class PhotoSniffer
{
    private static readonly byte[] JpegStart = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Riff = "RIFF"u8.ToArray();
    private static readonly byte[] WebPMark = "WEBP"u8.ToArray();
    private static readonly byte[] FileTypeBox = "ftyp"u8.ToArray();

    /// <summary>ISO base media major brands of HEIF still images and sequences (HEVC-coded or generic HEIF).</summary>
    private static readonly string[] HeifBrands = ["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1"];

    public static PhotoFormat? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(JpegStart))
        {
            return PhotoFormat.Jpeg;
        }

        if (bytes.StartsWith(PngSignature))
        {
            return PhotoFormat.Png;
        }

        if (bytes.Length >= 12 && bytes.StartsWith(Riff) && bytes[8..12].SequenceEqual(WebPMark))
        {
            return PhotoFormat.WebP;
        }

        return IsHeif(bytes) ? PhotoFormat.Heic : null;
    }

    /// <summary>An ISO base media file starts with its 'ftyp' box: 4 bytes of size, 'ftyp', then the major brand.</summary>
    private static bool IsHeif(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 12 || !bytes[4..8].SequenceEqual(FileTypeBox))
        {
            return false;
        }

        var brand = System.Text.Encoding.ASCII.GetString(bytes[8..12]);
        return HeifBrands.Contains(brand, StringComparer.Ordinal);
    }
}
