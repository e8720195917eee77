using System.Buffers.Binary;
using System.Text;
using Hotline.Attachments.Photos;
using Microsoft.AspNetCore.Http;
using static Hotline.Attachments.Tests.Photos.ImageParts;
using static Hotline.Attachments.Tests.Photos.MetadataSamples;

namespace Hotline.Attachments.Tests.Photos;

public sealed class WebPMetadataStripperTests
{
    private const byte Icc = 0x20, Alpha = 0x10, ExifFlag = 0x08, XmpFlag = 0x04;

    private static readonly byte[] Picture = RiffChunk("VP8 ", Noise(21, 77)); // odd size: padded

    private static byte[] Strip(byte[] webP)
    {
        var (bytes, rejection) = PhotoMetadataStripper.Strip(PhotoFormat.WebP, webP);
        Assert.Null(rejection);
        return bytes!;
    }

    [Fact]
    public void Strip_ExtendedWebPWithExifAndXmp_DropsThemClearsTheirFlagsAndFixesTheRiffSize()
    {
        var iccp = RiffChunk("ICCP", Encoding.ASCII.GetBytes("fake-profile"));
        var alph = RiffChunk("ALPH", Noise(22, 9));
        var webP = WebP(
            Vp8X(Icc | Alpha | ExifFlag | XmpFlag), iccp, alph, Picture,
            RiffChunk("EXIF", ExifPayload()[6..]), RiffChunk("XMP ", Encoding.ASCII.GetBytes(XmpNamespace + "<x:xmpmeta/>")));

        var stripped = Strip(webP);

        Assert.Equal(WebP(Vp8X(Icc | Alpha), iccp, alph, Picture), stripped);
        Assert.Equal((uint)(stripped.Length - 8), BinaryPrimitives.ReadUInt32LittleEndian(stripped.AsSpan(4)));
        Assert.Same(PhotoFormat.WebP, PhotoSniffer.Detect(stripped));
        Assert.False(Contains(stripped, Encoding.ASCII.GetBytes(Gps)));
    }

    [Fact]
    public void Strip_FlagsSetWithoutChunks_AreStillCleared() =>
        Assert.Equal(WebP(Vp8X(Alpha), Picture), Strip(WebP(Vp8X(Alpha | ExifFlag | XmpFlag), Picture)));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Strip_NothingToRemove_GivesTheSameArray(bool extended)
    {
        var webP = extended ? WebP(Vp8X(Alpha), RiffChunk("ALPH", [1]), Picture) : SampleImages.WebP(seed: 23);

        Assert.Same(webP, Strip(webP));
    }

    [Fact]
    public void Strip_BytesAfterTheRiffPayload_AreDropped() =>
        Assert.Equal(WebP(Picture), Strip([.. WebP(Picture), .. Encoding.ASCII.GetBytes(Gps)]));

    public static TheoryData<string, byte[]> Malformed()
    {
        var chunkPastTheEnd = WebP(Picture, RiffChunk("EXIF", [1, 2, 3, 4]));
        BinaryPrimitives.WriteUInt32LittleEndian(chunkPastTheEnd.AsSpan(chunkPastTheEnd.Length - 8), 4000);
        var riffPastTheEnd = WebP(Picture);
        BinaryPrimitives.WriteUInt32LittleEndian(riffPastTheEnd.AsSpan(4), 100_000);
        return new()
        {
            { "chunk past the end", chunkPastTheEnd },
            { "RIFF size past the end", riffPastTheEnd },
            { "chunk header cut short", WebP(Picture, [.. "EXIF"u8]) },
        };
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Strip_MalformedStructure_IsRefusedAs400(string why, byte[] webP)
    {
        var (bytes, rejection) = PhotoMetadataStripper.Strip(PhotoFormat.WebP, webP);

        Assert.True(bytes is null, why);
        Assert.Equal(StatusCodes.Status400BadRequest, rejection!.Status);
        Assert.StartsWith("The photo is not a well-formed WebP file", rejection.Message, StringComparison.Ordinal);
    }
}
