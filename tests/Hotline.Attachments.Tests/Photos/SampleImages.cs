using System.Text;

namespace Hotline.Attachments.Tests.Photos;

/// <summary>
/// Files with the structure of their format (JPEG segments up to the scan, PNG chunks, WebP RIFF chunks) around
/// seeded noise as the picture data: the checks read magic numbers and structure, not pictures, and a different
/// seed gives different bytes (another photo). None carries metadata, so none is changed by stripping.
/// </summary>
internal static class SampleImages
{
    /// <summary>SOI, APP0 JFIF, SOS, noise, EOI: exactly <paramref name="size"/> bytes.</summary>
    /// <remarks>The noise has no 0xFF: in a real scan 0xFF is always a marker or stuffed, and the stripper reads scans up to EOI.</remarks>
    public static byte[] Jpeg(int seed = 1, int size = 4096)
    {
        const int frame = 2 + 18 + 10 + 2; // SOI, JFIF, SOS, EOI
        var scan = ImageParts.Noise(seed, size - frame).Select(b => b == 0xFF ? (byte)0xFE : b).ToArray();
        return [.. ImageParts.JpegSoi, .. ImageParts.Jfif(), .. ImageParts.JpegScan(scan)];
    }

    /// <summary>Signature, IHDR, IDAT of noise, IEND: exactly <paramref name="size"/> bytes.</summary>
    public static byte[] Png(int seed = 1, int size = 4096)
    {
        const int frame = 8 + 25 + 12 + 12; // signature, IHDR, IDAT framing, IEND
        return ImageParts.Png(ImageParts.PngHeader(), ImageParts.PngChunk("IDAT", ImageParts.Noise(seed, size - frame)), ImageParts.PngChunk("IEND", []));
    }

    /// <summary>A simple (lossy, no VP8X) WebP of <paramref name="size"/> bytes, rounded down to even as RIFF files are.</summary>
    public static byte[] WebP(int seed = 1, int size = 4096) =>
        ImageParts.WebP(ImageParts.RiffChunk("VP8 ", ImageParts.Noise(seed, (size - 20) & ~1)));

    public static byte[] Heic(int seed = 1, int size = 4096) => Build([0, 0, 0, 0x18, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8], seed, size);

    public static byte[] Gif(int seed = 1) => Build([.. "GIF89a"u8, 1, 0, 1, 0], seed, 512);

    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>fetch('/api/auth/me')</script></body></html>");

    public static byte[] Svg() => Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>");

    public static byte[] ByName(string format, int seed = 1) => format switch
    {
        "jpeg" => Jpeg(seed),
        "png" => Png(seed),
        "webp" => WebP(seed),
        "heic" => Heic(seed),
        "gif" => Gif(seed),
        "pdf" => Pdf(),
        "html" => Html(),
        "svg" => Svg(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "no such sample"),
    };

    private static byte[] Build(byte[] start, int seed, int size)
    {
        var bytes = new byte[Math.Max(size, start.Length)];
        new Random(seed).NextBytes(bytes);
        start.CopyTo(bytes, 0);
        return bytes;
    }
}
