using ImageMagick;

namespace Hotline.Attachments.Photos;

/// <summary>
/// Decodes an upload with ImageMagick as the format its bytes were found to be (never letting ImageMagick guess
/// another coder) and encodes the picture afresh. What a photo says about its owner rather than what it shows
/// (EXIF with its GPS position, XMP, IPTC, comments, text chunks, anything after the image's end) is not carried
/// over: only pixels, their orientation (applied to the pixels first) and the colour profile are. Bytes that do
/// not decode, or a picture above the pixel bounds (read from the header before decoding), are refused.
/// </summary>
public static class PhotoReencoder
{
    public static (PhotoUpload? Upload, PhotoRejection? Rejection) Reencode(PhotoFormat format, byte[] bytes, PhotoPixelBounds bounds)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(bounds);
        var settings = new MagickReadSettings { Format = Coder(format) };
        try
        {
            // The header alone: nothing of the picture is allocated before its size is known to be bounded.
            var header = new MagickImageInfo(bytes, settings);
            if (bounds.Refusal(header.Width, header.Height) is { } tooLarge)
            {
                return (null, PhotoRejection.BadRequest(tooLarge));
            }

            using var image = new MagickImage(bytes, settings);
            if (bounds.Refusal(image.Width, image.Height) is { } decodedTooLarge)
            {
                return (null, PhotoRejection.BadRequest(decodedTooLarge));
            }

            var stored = StoredFormat(format);
            return (new PhotoUpload(stored, Encode(image, stored)), null);
        }
        catch (MagickException)
        {
            return (null, PhotoRejection.BadRequest($"The photo is not a well-formed {format.Name} image."));
        }
    }

    /// <summary>HEIC is decoded but this ImageMagick build cannot write it: it is kept as a JPEG.</summary>
    public static PhotoFormat StoredFormat(PhotoFormat uploaded) => uploaded == PhotoFormat.Heic ? PhotoFormat.Jpeg : uploaded;

    private static byte[] Encode(MagickImage image, PhotoFormat stored)
    {
        image.AutoOrient();
        var colours = image.GetColorProfile();
        image.Strip();
        if (colours is not null)
        {
            image.SetProfile(colours);
        }

        // The PNG coder otherwise writes the time of encoding: the same picture must give the same bytes (duplicates).
        image.Settings.SetDefine(MagickFormat.Png, "exclude-chunk", "date,time");
        if (stored == PhotoFormat.Jpeg && image.Quality is 0 or > 95)
        {
            image.Quality = 92;
        }

        return image.ToByteArray(Coder(stored));
    }

    private static MagickFormat Coder(PhotoFormat format) => format switch
    {
        _ when format == PhotoFormat.Jpeg => MagickFormat.Jpeg,
        _ when format == PhotoFormat.Png => MagickFormat.Png,
        _ when format == PhotoFormat.WebP => MagickFormat.WebP,
        _ when format == PhotoFormat.Heic => MagickFormat.Heic,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format.Name, "not a photo format"),
    };
}
