using System.Text;

namespace Hotline.Tickets.Tests.Photos;

/// <summary>
/// Files that start the way their format does, followed by seeded noise: the checks read magic numbers,
/// not pictures, and a different seed gives different bytes (another photo).
/// </summary>
internal static class SampleImages
{
    public static byte[] Jpeg(int seed = 1, int size = 4096) => Build([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8], seed, size);

    public static byte[] Png(int seed = 1, int size = 4096) => Build([0x89, .. "PNG\r\n\u001a\n"u8, 0, 0, 0, 13, .. "IHDR"u8], seed, size);

    public static byte[] WebP(int seed = 1, int size = 4096) => Build([.. "RIFF"u8, 0xF8, 0x0F, 0, 0, .. "WEBPVP8 "u8], seed, size);

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
