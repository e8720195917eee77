using System.Text;
using Hotline.Attachments.Photos;
using ImageMagick;
using Microsoft.AspNetCore.Http;
using static Hotline.Attachments.Tests.Photos.ImageParts;
using static Hotline.Attachments.Tests.Photos.MetadataSamples;

namespace Hotline.Attachments.Tests.Photos;

/// <summary>Issue 10 (photos): every upload is decoded and re-encoded; what does not decode, or is too large a picture, is refused.</summary>
public sealed class PhotoReencoderTests
{
    private const long Max = 1024 * 1024;

    [Fact]
    public void Issue10_Check_JpegWithGpsExifAndGpsTrailer_KeepsNoGps()
    {
        var upload = JpegWithGps(seed: 10);
        Assert.True(HasGps(upload)); // planted: EXIF, its latitude rationals, and the trailer text

        var (stored, rejection) = PhotoCheck.Check("image/jpeg", upload, Max);

        Assert.Null(rejection);
        Assert.Same(PhotoFormat.Jpeg, stored!.Format);
        Assert.False(HasGps(stored.Bytes));
        Assert.False(Contains(stored.Bytes, Encoding.ASCII.GetBytes(CameraMake)));
        Assert.False(Contains(stored.Bytes, Encoding.ASCII.GetBytes(Comment)));
        using var image = new MagickImage(stored.Bytes);
        Assert.Null(image.GetExifProfile());
        Assert.Equal((32u, 24u), (image.Width, image.Height));
    }

    [Fact]
    public void Issue10_Check_JpegTurnedByItsOrientationTag_IsStoredTurnedWithoutTheTag()
    {
        // Orientation 6: the camera held upright; viewers turn the 32 x 24 picture a quarter to 24 x 32.
        var (stored, _) = PhotoCheck.Check("image/jpeg", JpegWithGps(seed: 11, orientation: 6), Max);

        using var image = new MagickImage(stored!.Bytes);
        Assert.Equal((24u, 32u), (image.Width, image.Height));
        Assert.Null(image.GetExifProfile());
    }

    [Fact]
    public void Issue10_Check_PngWithTextChunks_KeepsNone()
    {
        var png = WithChunksAfterHeader(
            SampleImages.Png(seed: 12),
            PngChunk("tEXt", $"Location\0{Gps}"),
            PngChunk("zTXt", $"Comment\0\0{Comment}"),
            PngChunk("iTXt", $"XML:com.adobe.xmp\0\0\0\0\0<exif:GPSLatitude>51,30N</exif:GPSLatitude>"),
            PngChunk("eXIf", [.. "MM"u8, 0, 0x2A, 0, 0, 0, 8, 0, 0]));

        var (stored, rejection) = PhotoCheck.Check("image/png", png, Max);

        Assert.Null(rejection);
        foreach (var planted in new[] { "tEXt", "zTXt", "iTXt", "eXIf", Gps, "GPSLatitude" })
        {
            Assert.False(Contains(stored!.Bytes, Encoding.ASCII.GetBytes(planted)), planted);
        }

        using var image = new MagickImage(stored!.Bytes);
        Assert.Equal((32u, 24u), (image.Width, image.Height));
    }

    [Theory]
    [InlineData("image/jpeg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "JPEG")]
    [InlineData("image/png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "PNG")]
    [InlineData("image/webp", new byte[] { 0x52, 0x49, 0x46, 0x46, 0xF0, 0x0F, 0, 0, 0x57, 0x45, 0x42, 0x50 }, "WebP")]
    [InlineData("image/heic", new byte[] { 0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63 }, "HEIC")]
    public void Issue10_Check_MagicBytesThenGarbage_Answers400(string declared, byte[] magic, string name)
    {
        var (upload, rejection) = PhotoCheck.Check(declared, [.. magic, .. Noise(13, 4000)], Max);

        Assert.Null(upload);
        Assert.Equal(StatusCodes.Status400BadRequest, rejection!.Status);
        Assert.Equal($"The photo is not a well-formed {name} image.", rejection.Message);
    }

    [Fact]
    public void Issue10_Check_FiftyMegapixelBomb_IsRefusedByItsHeader()
    {
        // 10,000 x 5,000 black pixels: a valid PNG of about 50 KB that decodes to 50 MB and more.
        var bomb = BlackPng(10_000, 5_000);
        Assert.True(bomb.Length < 64 * 1024);

        var (upload, rejection) = PhotoCheck.Check("image/png", bomb, Max);

        Assert.Null(upload);
        Assert.Equal(StatusCodes.Status400BadRequest, rejection!.Status);
        Assert.Equal("The photo is 10000 x 5000 pixels; at most 8192 x 8192 and 24000000 pixels are accepted.", rejection.Message);
    }

    [Fact]
    public void Issue10_Check_HeaderClaimingFiftyMegapixels_IsRefusedBeforeItsPictureIsRead()
    {
        // The picture data is noise: were it decoded first, the answer would be "not well-formed" instead.
        var claim = Png(PngHeader(10_000, 5_000), PngChunk("IDAT", Noise(17, 2000)), PngChunk("IEND", []));

        var (_, rejection) = PhotoCheck.Check("image/png", claim, Max);

        Assert.StartsWith("The photo is 10000 x 5000 pixels", rejection!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(31, 100, 10_000)] // one pixel too wide
    [InlineData(100, 23, 10_000)] // one pixel too tall
    [InlineData(100, 100, 767)]   // 32 x 24 = 768 pixels, one too many
    public void Issue10_Check_PictureOverABound_Answers400(int maxWidth, int maxHeight, long maxPixels)
    {
        var (_, rejection) = PhotoCheck.Check("image/png", SampleImages.Png(seed: 14), Max, new PhotoPixelBounds(maxWidth, maxHeight, maxPixels));

        Assert.Equal(StatusCodes.Status400BadRequest, rejection!.Status);
        Assert.StartsWith("The photo is 32 x 24 pixels", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue10_Check_PictureExactlyAtTheBounds_IsAccepted() =>
        Assert.Null(PhotoCheck.Check("image/png", SampleImages.Png(seed: 15), Max, new PhotoPixelBounds(32, 24, 768)).Rejection);

    [Fact]
    public void Issue10_Check_HeicWithGps_IsStoredAsJpegWithoutGps()
    {
        var heic = SampleImages.Heic();
        Assert.True(Contains(heic, Encoding.ASCII.GetBytes(CameraMake)));

        var (stored, rejection) = PhotoCheck.Check("image/heic", heic, Max);

        Assert.Null(rejection);
        Assert.Same(PhotoFormat.Jpeg, stored!.Format);
        Assert.False(HasGps(stored.Bytes));
        Assert.False(Contains(stored.Bytes, Encoding.ASCII.GetBytes(CameraMake)));
        using var image = new MagickImage(stored.Bytes);
        Assert.Equal((MagickFormat.Jpeg, 64u, 48u), (image.Format, image.Width, image.Height));
        Assert.Null(image.GetExifProfile());
    }

    [Fact]
    public void Issue10_Check_SamePictureWithOtherMetadata_GivesTheSameBytes()
    {
        // The duplicate check hashes the stored bytes: metadata must not make the same picture another photo.
        var (one, _) = PhotoCheck.Check("image/jpeg", JpegWithGps(seed: 16, comment: "one"), Max);
        var (other, _) = PhotoCheck.Check("image/jpeg", JpegWithGps(seed: 16, comment: "another"), Max);

        Assert.Equal(one!.Bytes, other!.Bytes);
    }
}
