using System.Text;
using ImageMagick;
using static Hotline.Attachments.Tests.Photos.ImageParts;

namespace Hotline.Attachments.Tests.Photos;

/// <summary>Pictures carrying what an owner's phone puts in a photo: a GPS position, a camera make, comments, text chunks.</summary>
internal static class MetadataSamples
{
    public const string Gps = "GPS 51.5007N 0.1246W";
    public const string CameraMake = "HotlineTestCam";
    public const string Comment = "taken at home, flat 3";

    public static byte[] Exif { get; } = Encoding.ASCII.GetBytes("Exif\0\0");

    /// <summary>The GPS latitude planted in EXIF: 51° 30' 2", stored as three big-endian rationals 51/1, 30/1, 2/1.</summary>
    public static byte[] GpsLatitudeRationals { get; } = [0, 0, 0, 51, 0, 0, 0, 1, 0, 0, 0, 30, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 1];

    /// <summary>
    /// A JPEG of noise with EXIF (GPS latitude, make, and the given orientation), a comment, and after its end a
    /// trailer holding a second EXIF block and the GPS position as text, as some tools append.
    /// </summary>
    public static byte[] JpegWithGps(int seed, ushort orientation = 1, string comment = Comment, int width = 32, int height = 24)
    {
        using var image = SampleImages.Picture(seed, width, height);
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(51, 1), new Rational(30, 1), new Rational(2, 1)]);
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.Make, CameraMake);
        exif.SetValue(ExifTag.Orientation, orientation);
        image.SetProfile(exif);
        image.Orientation = (Orientation)orientation; // written into the EXIF orientation tag
        image.Comment = comment;
        var jpeg = image.ToByteArray(MagickFormat.Jpeg);
        return [.. jpeg, .. Exif, .. Encoding.ASCII.GetBytes(Gps)];
    }

    /// <summary>The bytes carry the planted position in any of its forms.</summary>
    public static bool HasGps(byte[] bytes) =>
        Contains(bytes, Encoding.ASCII.GetBytes(Gps)) || Contains(bytes, GpsLatitudeRationals) || Contains(bytes, Exif);
}
