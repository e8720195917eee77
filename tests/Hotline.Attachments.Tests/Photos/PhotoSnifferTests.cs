using Hotline.Attachments.Photos;

namespace Hotline.Attachments.Tests.Photos;

public sealed class PhotoSnifferTests
{
    [Theory]
    [InlineData("jpeg", "image/jpeg")]
    [InlineData("png", "image/png")]
    [InlineData("webp", "image/webp")]
    [InlineData("heic", "image/heic")]
    public void Detect_AcceptedFormat_IsRecognisedByItsBytes(string sample, string contentType) =>
        Assert.Equal(contentType, PhotoSniffer.Detect(SampleImages.ByName(sample))?.ContentType);

    [Theory]
    [InlineData("gif")]
    [InlineData("pdf")]
    [InlineData("html")]
    [InlineData("svg")]
    public void Detect_OtherContent_IsNoPhoto(string sample) =>
        Assert.Null(PhotoSniffer.Detect(SampleImages.ByName(sample)));

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xFF, 0xD8 })]                               // a JPEG start cut short
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A })] // a PNG signature cut short
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42 })] // "RIFF....WEB"
    public void Detect_TruncatedSignature_IsNoPhoto(byte[] bytes) => Assert.Null(PhotoSniffer.Detect(bytes));

    [Fact]
    public void Detect_RiffThatIsNotWebP_IsNoPhoto() =>
        Assert.Null(PhotoSniffer.Detect([.. "RIFF"u8, 0x24, 0, 0, 0, .. "WAVEfmt "u8]));

    [Theory]
    [InlineData("isom")] // MP4 video
    [InlineData("qt  ")] // QuickTime
    [InlineData("avif")] // AVIF is HEIF-based but not accepted
    public void Detect_IsoMediaFileOfAnotherBrand_IsNoPhoto(string brand) =>
        Assert.Null(PhotoSniffer.Detect([0, 0, 0, 0x18, .. "ftyp"u8, .. System.Text.Encoding.ASCII.GetBytes(brand), 0, 0, 0, 0]));

    [Fact]
    public void Detect_HtmlAfterLeadingWhitespace_IsNoPhoto() =>
        Assert.Null(PhotoSniffer.Detect([.. "\r\n  "u8, .. SampleImages.Html()]));
}
