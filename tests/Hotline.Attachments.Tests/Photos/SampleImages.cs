using System.Text;
using ImageMagick;
using static Hotline.Attachments.Tests.Photos.ImageParts;

namespace Hotline.Attachments.Tests.Photos;

/// <summary>
/// Real, decodable pictures of seeded noise (a different seed gives another photo), encoded by ImageMagick, plus
/// files that are no photo at all. None carries metadata. Noise does not compress, so a PNG of w x h grey pixels
/// takes a little over w x h bytes, and stays so when re-encoded.
/// </summary>
internal static class SampleImages
{
    /// <summary>A 32 x 24 JPEG, padded with comment segments (dropped by re-encoding) to exactly <paramref name="size"/> bytes.</summary>
    public static byte[] Jpeg(int seed = 1, int size = 0)
    {
        var jpeg = Encode(seed, 32, 24, MagickFormat.Jpeg);
        var padding = new List<byte>();
        var remaining = size - jpeg.Length;
        if (remaining is > 0 and < 4)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "a comment segment takes at least 4 bytes");
        }

        while (remaining > 0)
        {
            // A comment segment: 4 bytes of marker and length around at most 65,533 bytes of text; never leave 1-3 bytes over.
            var text = Math.Min(remaining - 4, 65_533);
            text -= remaining - 4 - text is > 0 and < 4 ? 4 : 0;
            padding.AddRange(JpegSegment(0xFE, new byte[text]));
            remaining -= text + 4;
        }

        return [.. jpeg[..2], .. padding, .. jpeg[2..]];
    }

    /// <summary>A greyscale PNG of <paramref name="width"/> x <paramref name="height"/> noise.</summary>
    public static byte[] Png(int seed = 1, int width = 32, int height = 24) => Encode(seed, width, height, MagickFormat.Png, grey: true);

    public static byte[] WebP(int seed = 1) => Encode(seed, 32, 24, MagickFormat.WebP);

    /// <summary>A real 64 x 48 HEIC whose EXIF has a GPS latitude (51° 30' 2" N) and the make "HotlineTestCam".</summary>
    public static byte[] Heic()
    {
        using var stream = typeof(SampleImages).Assembly.GetManifestResourceStream("gps-64x48.heic")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static byte[] Gif(int seed = 1) => Encode(seed, 8, 8, MagickFormat.Gif);

    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>fetch('/api/auth/me')</script></body></html>");

    public static byte[] Svg() => Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>");

    public static byte[] ByName(string format, int seed = 1) => format switch
    {
        "jpeg" => Jpeg(seed),
        "png" => Png(seed),
        "webp" => WebP(seed),
        "heic" => Heic(),
        "gif" => Gif(seed),
        "pdf" => Pdf(),
        "html" => Html(),
        "svg" => Svg(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "no such sample"),
    };

    /// <summary>Noise pixels, encoded: the picture <see cref="Noise"/> gives for the seed.</summary>
    public static MagickImage Picture(int seed, int width, int height, bool grey = false)
    {
        var image = new MagickImage();
        var noise = Noise(seed, width * height * (grey ? 1 : 3));
        byte[] rgb = grey ? [.. noise.SelectMany(b => new[] { b, b, b })] : noise;
        image.ReadPixels(rgb, new PixelReadSettings((uint)width, (uint)height, StorageType.Char, PixelMapping.RGB));
        if (grey)
        {
            image.ColorType = ColorType.Grayscale;
        }

        return image;
    }

    private static byte[] Encode(int seed, int width, int height, MagickFormat format, bool grey = false)
    {
        using var image = Picture(seed, width, height, grey);
        image.Settings.SetDefine(MagickFormat.Png, "exclude-chunk", "date,time");
        return image.ToByteArray(format);
    }
}
