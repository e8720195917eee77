namespace Hotline.Attachments.Photos;

/// <summary>
/// Removes what a photo says about its owner rather than what it shows: EXIF (GPS position, camera serial,
/// timestamps), XMP, text comments. Only whole segments/chunks are dropped; the picture data is copied
/// untouched, so the result decodes exactly as the upload did. A file whose structure cannot be walked is
/// refused rather than stored half-parsed. Bytes with nothing to remove come back as the same array.
/// </summary>
public static class PhotoMetadataStripper
{
    public static (byte[]? Bytes, PhotoRejection? Rejection) Strip(PhotoFormat format, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(bytes);
        var (stripped, problem) = format switch
        {
            _ when format == PhotoFormat.Jpeg => JpegMetadataStripper.Strip(bytes),
            _ when format == PhotoFormat.Png => PngMetadataStripper.Strip(bytes),
            _ when format == PhotoFormat.WebP => WebPMetadataStripper.Strip(bytes),
            // HEIC keeps its EXIF/XMP as items of the ISO-BMFF 'meta' box, located through 'iinf'/'iloc'
            // offsets that may point into 'mdat' and are shared with the image tiles: removing them safely means
            // rewriting the item tables and every offset. Not done here: HEIC bytes are stored as uploaded.
            _ => (bytes, null),
        };

        return stripped is not null
            ? (stripped, null)
            : (null, PhotoRejection.BadRequest($"The photo is not a well-formed {format.Name} file: {problem}"));
    }
}
