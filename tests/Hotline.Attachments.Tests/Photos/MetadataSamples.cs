using System.Text;
using static Hotline.Attachments.Tests.Photos.ImageParts;

namespace Hotline.Attachments.Tests.Photos;

/// <summary>Images carrying what an owner's phone puts in a photo: a GPS position, a camera serial, XMP, comments.</summary>
internal static class MetadataSamples
{
    public const string Gps = "GPS 51.5007N 0.1246W";
    public const string CameraSerial = "BodySerial-0042";
    public const string XmpNamespace = "http://ns.adobe.com/xap/1.0/\0";
    public const string Comment = "taken at home, flat 3";

    public static byte[] Exif { get; } = Encoding.ASCII.GetBytes("Exif\0\0");

    /// <summary>An Exif APP1 payload: a big-endian TIFF whose IFD0 points (tag 0x8825) at a GPS IFD with a latitude.</summary>
    public static byte[] ExifPayload() =>
    [
        .. Exif, .. "MM"u8, 0, 0x2A, 0, 0, 0, 8,
        0, 1, 0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 26, 0, 0, 0, 0, // IFD0: GPSInfo -> 26
        0, 1, 0, 2, 0, 5, 0, 0, 0, 3, 0, 0, 0, 44, 0, 0, 0, 0,       // GPS IFD: GPSLatitude, 3 rationals at 44
        0, 0, 0, 51, 0, 0, 0, 1, 0, 0, 0, 30, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 1,
        .. Encoding.ASCII.GetBytes(Gps + "\0" + CameraSerial + "\0"),
    ];

    public static byte[] JpegApp1Exif() => JpegSegment(0xE1, ExifPayload());

    public static byte[] JpegApp1Xmp() => JpegSegment(0xE1, XmpNamespace + "<x:xmpmeta><exif:GPSLatitude>51,30N</exif:GPSLatitude></x:xmpmeta>");

    public static byte[] JpegIcc() => JpegSegment(0xE2, "ICC_PROFILE\0\u0001\u0001fake-srgb-profile");

    public static byte[] JpegAdobe() => JpegSegment(0xEE, "Adobe\0\u0064\0\0\0\0\u0002");

    public static byte[] JpegCom() => JpegSegment(0xFE, Comment);

    public static byte[] JpegQuantisation() => JpegSegment(0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]);

    public static byte[] JpegFrame() => JpegSegment(0xC0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]);

    public static byte[] JpegHuffman() => JpegSegment(0xC4, [0, 0, 1, .. new byte[15], 0]);

    public static byte[] JpegRestartInterval() => JpegSegment(0xDD, [0, 4]);

    /// <summary>Entropy-coded data with a stuffed FF 00 and a restart marker, as real scans have.</summary>
    public static byte[] JpegScanData() => [.. Noise(7, 200), 0xFF, 0x00, 0x12, 0xFF, 0xD0, .. Noise(8, 50)];
}
