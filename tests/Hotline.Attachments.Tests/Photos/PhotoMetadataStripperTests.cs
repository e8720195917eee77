using Hotline.Attachments.Photos;
using Microsoft.AspNetCore.Http;
using static Hotline.Attachments.Tests.Photos.ImageParts;
using static Hotline.Attachments.Tests.Photos.MetadataSamples;

namespace Hotline.Attachments.Tests.Photos;

/// <summary>Stripping as part of the upload checks, and the format it leaves alone.</summary>
public sealed class PhotoMetadataStripperTests
{
    private static byte[] ExifJpeg() => [.. JpegSoi, .. Jfif(), .. JpegApp1Exif(), .. JpegFrame(), .. JpegScan(Noise(31, 300))];

    [Fact]
    public void Strip_Heic_IsLeftAsUploaded()
    {
        // HEIC metadata sits in ISO-BMFF item boxes addressed by offsets; it is not rewritten (see PhotoMetadataStripper).
        var heic = SampleImages.Heic(seed: 30);

        var (bytes, rejection) = PhotoMetadataStripper.Strip(PhotoFormat.Heic, heic);

        Assert.Null(rejection);
        Assert.Same(heic, bytes);
    }

    [Fact]
    public void Check_JpegWithExif_IsAcceptedWithoutIt()
    {
        var (upload, rejection) = PhotoCheck.Check("image/jpeg", ExifJpeg(), maxBytes: 10_000);

        Assert.Null(rejection);
        Assert.Same(PhotoFormat.Jpeg, upload!.Format);
        Assert.Equal([.. JpegSoi, .. Jfif(), .. JpegFrame(), .. JpegScan(Noise(31, 300))], upload.Bytes);
    }

    [Fact]
    public void Check_PngWithExifDeclaredAsJpeg_IsStrippedAsThePngItIs()
    {
        var png = Png(PngHeader(), PngChunk("eXIf", ExifPayload()[6..]), PngChunk("IDAT", [1]), PngChunk("IEND", []));

        var (upload, _) = PhotoCheck.Check("image/jpeg", png, maxBytes: 10_000);

        Assert.Same(PhotoFormat.Png, upload!.Format);
        Assert.Equal(Png(PngHeader(), PngChunk("IDAT", [1]), PngChunk("IEND", [])), upload.Bytes);
    }

    [Fact]
    public void Check_JpegWithoutScan_Answers400()
    {
        var (upload, rejection) = PhotoCheck.Check("image/jpeg", [.. JpegSoi, .. Jfif(), .. JpegApp1Exif(), .. JpegEoi], maxBytes: 10_000);

        Assert.Null(upload);
        Assert.Equal(StatusCodes.Status400BadRequest, rejection!.Status);
    }

    [Fact]
    public void Check_SizeLimit_AppliesToTheUploadBeforeStripping()
    {
        var jpeg = ExifJpeg();

        var (_, rejection) = PhotoCheck.Check("image/jpeg", jpeg, maxBytes: jpeg.Length - 1);

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, rejection!.Status);
    }
}
