using System.Text;
using Hotline.Attachments.Photos;
using Microsoft.AspNetCore.Http;
using static Hotline.Attachments.Tests.Photos.ImageParts;
using static Hotline.Attachments.Tests.Photos.MetadataSamples;

namespace Hotline.Attachments.Tests.Photos;

public sealed class JpegMetadataStripperTests
{
    private static byte[] Strip(byte[] jpeg)
    {
        var (bytes, rejection) = PhotoMetadataStripper.Strip(PhotoFormat.Jpeg, jpeg);
        Assert.Null(rejection);
        return bytes!;
    }

    [Fact]
    public void Strip_PhonePhoto_DropsExifXmpCommentsAndOtherAppSegmentsKeepingTheRestInOrder()
    {
        var scan = JpegScan(JpegScanData());
        byte[] jpeg =
        [
            .. JpegSoi, .. Jfif(), .. JpegApp1Exif(), .. JpegApp1Xmp(), .. JpegIcc(), .. JpegSegment(0xE2, "FPXR\0stream"),
            .. JpegSegment(0xED, "Photoshop 3.0\08BIM iptc city"), .. JpegAdobe(), .. JpegCom(), .. JpegQuantisation(),
            .. JpegFrame(), .. JpegHuffman(), .. JpegRestartInterval(), .. JpegSegment(0xEF, "vendor"), .. scan,
        ];

        var stripped = Strip(jpeg);

        byte[] expected =
        [
            .. JpegSoi, .. Jfif(), .. JpegIcc(), .. JpegAdobe(), .. JpegQuantisation(), .. JpegFrame(), .. JpegHuffman(),
            .. JpegRestartInterval(), .. scan,
        ];
        Assert.Equal(expected, stripped);
        Assert.EndsWith(Convert.ToHexString(scan), Convert.ToHexString(stripped), StringComparison.Ordinal);
        Assert.Same(PhotoFormat.Jpeg, PhotoSniffer.Detect(stripped));
    }

    [Fact]
    public void Strip_GpsExifHiddenInATrailerAfterTheEndOfImage_IsDropped()
    {
        // Issue 10: everything from SOS to the end of the file was copied, so an EXIF block (with the GPS position)
        // appended after EOI, as some phone and editing tools write, survived stripping.
        // Scan data as an encoder writes it: 0xFF only stuffed (FF 00) or as a restart marker.
        byte[] data = [.. Noise(7, 200).Select(b => b == 0xFF ? (byte)0x7F : b), 0xFF, 0x00, 0x12, 0xFF, 0xD0, .. Noise(8, 50).Select(b => b == 0xFF ? (byte)0x7F : b)];
        var scan = JpegScan(data);
        var progressive = JpegScan([.. Noise(9, 120).Select(b => b == 0xFF ? (byte)0x7F : b), 0xFF, 0x00]);
        byte[] trailer = [.. Exif, .. Encoding.ASCII.GetBytes(Gps), 0xFF, 0xD9, .. Encoding.ASCII.GetBytes("after-a-fake-eoi")];
        byte[] jpeg = [.. JpegSoi, .. Jfif(), .. JpegQuantisation(), .. JpegFrame(), .. JpegHuffman(), .. scan[..^2], .. JpegHuffman(), .. progressive, .. trailer];

        var stripped = Strip(jpeg);

        byte[] expected = [.. JpegSoi, .. Jfif(), .. JpegQuantisation(), .. JpegFrame(), .. JpegHuffman(), .. scan[..^2], .. JpegHuffman(), .. progressive];
        Assert.Equal(expected, stripped);
        Assert.False(Contains(stripped, Encoding.ASCII.GetBytes(Gps)));
    }

    [Theory]
    [InlineData("Exif\0\0")]
    [InlineData(Gps)]
    [InlineData(CameraSerial)]
    [InlineData(XmpNamespace)]
    [InlineData(Comment)]
    [InlineData("8BIM")]
    public void Strip_PhonePhoto_LeavesNoTraceOfTheMetadata(string trace)
    {
        byte[] jpeg = [.. JpegSoi, .. JpegApp1Exif(), .. JpegApp1Xmp(), .. JpegCom(), .. JpegSegment(0xED, "Photoshop 3.0\08BIM"), .. JpegScan(Noise(1, 64))];

        Assert.False(Contains(Strip(jpeg), Encoding.ASCII.GetBytes(trace)));
    }

    [Fact]
    public void Strip_NothingToRemove_GivesTheSameArray()
    {
        var jpeg = SampleImages.Jpeg(seed: 5);

        Assert.Same(jpeg, Strip(jpeg));
    }

    [Fact]
    public void Strip_ScanDataThatLooksLikeMarkers_IsCopiedUnchanged()
    {
        // After SOS nothing is parsed: an FF E1 "Exif" inside the scan (or after EOI) is left alone.
        var scan = JpegScan([.. JpegSegment(0xE1, ExifPayload()), .. Noise(3, 20)]);
        byte[] jpeg = [.. JpegSoi, .. JpegCom(), .. scan];

        Assert.Equal([.. JpegSoi, .. scan], Strip(jpeg));
    }

    [Fact]
    public void Strip_FillBytesBeforeAMarker_AreSkipped()
    {
        byte[] jpeg = [.. JpegSoi, 0xFF, 0xFF, .. JpegApp1Exif(), .. JpegFrame(), .. JpegScan(Noise(4, 16))];

        Assert.Equal([.. JpegSoi, .. JpegFrame(), .. JpegScan(Noise(4, 16))], Strip(jpeg));
    }

    [Fact]
    public void Strip_App0ThatIsNotJfif_IsDropped() =>
        Assert.Equal([.. JpegSoi, .. JpegScan([1])], Strip([.. JpegSoi, .. JpegSegment(0xE0, "JFXX\0\u0010thumbnail"), .. JpegScan([1])]));

    public static TheoryData<string, byte[]> Malformed() => new()
    {
        { "segment running past the end", [.. JpegSoi, .. Jfif(), 0xFF, 0xE1, 0x40, 0x00, .. "Exif\0\0"u8] },
        { "segment length below 2", [.. JpegSoi, 0xFF, 0xE1, 0x00, 0x01, .. JpegScan([1])] },
        { "no SOS before EOI", [.. JpegSoi, .. Jfif(), .. JpegFrame(), .. JpegEoi] },
        { "file ends before SOS", [.. JpegSoi, .. Jfif(), .. JpegFrame()] },
        { "only fill bytes", [.. JpegSoi, 0xFF, 0xFF] },
        { "length cut short", [.. JpegSoi, 0xFF, 0xE1, 0x00] },
        { "garbage instead of a marker", [.. JpegSoi, .. Jfif(), 0x12, 0x34, .. JpegScan([1])] },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Strip_MalformedStructure_IsRefusedAs400(string why, byte[] jpeg)
    {
        var (bytes, rejection) = PhotoMetadataStripper.Strip(PhotoFormat.Jpeg, jpeg);

        Assert.True(bytes is null, why);
        Assert.Equal(StatusCodes.Status400BadRequest, rejection!.Status);
        Assert.StartsWith("The photo is not a well-formed JPEG file", rejection.Message, StringComparison.Ordinal);
    }
}
