using System.Buffers.Binary;
using System.Text;
using Hotline.Attachments.Photos;
using Microsoft.AspNetCore.Http;
using static Hotline.Attachments.Tests.Photos.ImageParts;
using static Hotline.Attachments.Tests.Photos.MetadataSamples;

namespace Hotline.Attachments.Tests.Photos;

public sealed class PngMetadataStripperTests
{
    private static readonly byte[] Idat1 = PngChunk("IDAT", Noise(11, 100));
    private static readonly byte[] Idat2 = PngChunk("IDAT", Noise(12, 33));

    private static byte[] Strip(byte[] png)
    {
        var (bytes, rejection) = PhotoMetadataStripper.Strip(PhotoFormat.Png, png);
        Assert.Null(rejection);
        return bytes!;
    }

    /// <summary>The chunks every test keeps, in file order: colour, transparency, density and the picture.</summary>
    private static byte[][] Kept() =>
    [
        PngHeader(), PngChunk("gAMA", [0, 0, 0xB1, 0x8F]), PngChunk("iCCP", "sRGB\0\0fake"), PngChunk("pHYs", [0, 0, 0x0B, 0x13, 0, 0, 0x0B, 0x13, 1]),
        PngChunk("tRNS", [0, 0]), Idat1, Idat2, PngChunk("IEND", []),
    ];

    [Fact]
    public void Strip_PngWithTextExifAndTime_KeepsOnlyTheOtherChunksWholeAndInOrder()
    {
        var k = Kept();
        var png = Png(
            k[0], PngChunk("eXIf", ExifPayload()[6..]), k[1], PngChunk("tEXt", $"Comment\0{Comment}"), k[2],
            PngChunk("zTXt", [.. "Author\0"u8, 0, 0x78, 0x9C]), PngChunk("iTXt", $"XML:com.adobe.xmp\0\0\0\0\0{XmpNamespace}"), k[3],
            PngChunk("tIME", [0x07, 0xE8, 5, 1, 12, 0, 0]), k[4], k[5], k[6], k[7]);

        var stripped = Strip(png);

        Assert.Equal(Png(k), stripped);
        Assert.Same(PhotoFormat.Png, PhotoSniffer.Detect(stripped));
        Assert.False(Contains(stripped, Encoding.ASCII.GetBytes(Gps)));
        Assert.False(Contains(stripped, Encoding.ASCII.GetBytes(Comment)));
    }

    [Fact]
    public void Strip_PngWithMetadata_EveryChunkLeftHasAValidCrc()
    {
        var stripped = Strip(Png(PngHeader(), PngChunk("tEXt", "GPS\0here"), Idat1, PngChunk("IEND", [])));

        for (var at = 8; at < stripped.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(stripped.AsSpan(at));
            var crc = BinaryPrimitives.ReadUInt32BigEndian(stripped.AsSpan(at + 8 + length));
            Assert.Equal(Crc32(stripped.AsSpan(at + 4, 4 + length)), crc);
            at += 12 + length;
        }
    }

    [Fact]
    public void Strip_NothingToRemove_GivesTheSameArray()
    {
        var png = SampleImages.Png(seed: 9);

        Assert.Same(png, Strip(png));
    }

    [Fact]
    public void Strip_BytesAfterIend_AreDropped() =>
        Assert.Equal(Png(Kept()), Strip([.. Png(Kept()), .. Encoding.ASCII.GetBytes(Gps)]));

    public static TheoryData<string, byte[]> Malformed() => new()
    {
        { "chunk length past the end", Png(PngHeader(), [0, 0, 0x10, 0, .. "tEXt"u8, 1, 2, 3]) },
        { "length too large for a signed int", Png(PngHeader(), [0xFF, 0xFF, 0xFF, 0xF0, .. "IDAT"u8, 1, 2, 3, 4]) },
        { "no IEND", Png(PngHeader(), Idat1) },
        { "chunk header cut short", Png(PngHeader(), [0, 0, 0]) },
        { "signature only", Png() },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Strip_MalformedStructure_IsRefusedAs400(string why, byte[] png)
    {
        var (bytes, rejection) = PhotoMetadataStripper.Strip(PhotoFormat.Png, png);

        Assert.True(bytes is null, why);
        Assert.Equal(StatusCodes.Status400BadRequest, rejection!.Status);
        Assert.StartsWith("The photo is not a well-formed PNG file", rejection.Message, StringComparison.Ordinal);
    }
}
