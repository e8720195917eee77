using Hotline.Attachments.Photos;
using ImageMagick;
using Microsoft.AspNetCore.Http;

namespace Hotline.Attachments.Tests.Photos;

public sealed class PhotoCheckTests
{
    private const long Max = 10_000;

    [Fact]
    public void Check_JpegDeclaredAsJpeg_IsAcceptedAsTheSamePicture()
    {
        var bytes = SampleImages.Jpeg(size: 9000);

        var (upload, rejection) = PhotoCheck.Check("image/jpeg", bytes, Max);

        Assert.Null(rejection);
        Assert.Same(PhotoFormat.Jpeg, upload!.Format);
        using var image = new MagickImage(upload.Bytes);
        Assert.Equal((MagickFormat.Jpeg, 32u, 24u), (image.Format, image.Width, image.Height));
        Assert.True(upload.Bytes.Length < 9000); // the comment padding is not kept
    }

    [Fact]
    public void Check_PngDeclaredAsJpeg_IsKeptAsWhatItsBytesAre()
    {
        var (upload, _) = PhotoCheck.Check("image/jpeg", SampleImages.Png(), Max);

        Assert.Same(PhotoFormat.Png, upload!.Format);
    }

    [Theory]
    [InlineData("image/jpeg", "html")]
    [InlineData("image/png", "gif")]
    [InlineData("image/png", "pdf")]
    [InlineData("image/webp", "svg")]
    public void Check_ImageTypeDeclaredOverOtherBytes_Answers415(string declared, string sample)
    {
        var (upload, rejection) = PhotoCheck.Check(declared, SampleImages.ByName(sample), Max);

        Assert.Null(upload);
        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, rejection!.Status);
        Assert.Contains("content", rejection.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("image/svg+xml")]
    [InlineData("image/gif")]
    [InlineData("application/octet-stream")]
    [InlineData("")]
    [InlineData(null)]
    public void Check_DeclaredTypeNotAnAcceptedImage_Answers415EvenForImageBytes(string? declared)
    {
        var (_, rejection) = PhotoCheck.Check(declared, SampleImages.Jpeg(), Max);

        Assert.Equal(StatusCodes.Status415UnsupportedMediaType, rejection!.Status);
        Assert.Contains("declared type", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OneByteOverTheLimit_Answers413()
    {
        var (_, rejection) = PhotoCheck.Check("image/jpeg", SampleImages.Jpeg(size: (int)Max + 1), Max);

        Assert.Equal(StatusCodes.Status413PayloadTooLarge, rejection!.Status);
    }

    [Fact]
    public void Check_ExactlyTheLimit_IsAccepted() =>
        Assert.Null(PhotoCheck.Check("image/jpeg", SampleImages.Jpeg(size: (int)Max), Max).Rejection);

    [Fact]
    public void Check_EmptyFile_Answers400() =>
        Assert.Equal(StatusCodes.Status400BadRequest, PhotoCheck.Check("image/jpeg", [], Max).Rejection!.Status);
}
