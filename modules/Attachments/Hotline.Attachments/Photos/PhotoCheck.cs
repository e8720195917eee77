namespace Hotline.Attachments.Photos;

/// <summary>
/// The content rules for one uploaded file. The declared type must name an accepted image format and the
/// bytes must be one; when both are accepted but differ (a PNG sent as image/jpeg, as some phones do) the
/// photo is kept as what its bytes are, since that is the type it will be served with. The bytes must then
/// decode as that format within the pixel bounds, and the photo is re-encoded without its metadata
/// (<see cref="PhotoReencoder"/>) here, so everything after (hash, duplicate check, byte budgets, storage)
/// sees only the re-encoded bytes.
/// </summary>
public static class PhotoCheck
{
    public static (PhotoUpload? Upload, PhotoRejection? Rejection) Check(string? declaredContentType, byte[] bytes, long maxBytes, PhotoPixelBounds? bounds = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            return (null, PhotoRejection.BadRequest("The photo is empty."));
        }

        if (bytes.Length > maxBytes)
        {
            return (null, PhotoRejection.TooLarge(maxBytes));
        }

        if (PhotoFormat.FromContentType(declaredContentType) is null)
        {
            return (null, PhotoRejection.Unsupported(
                $"The photo must be {PhotoFormat.AcceptedNames}; its declared type '{declaredContentType}' is not accepted."));
        }

        if (PhotoSniffer.Detect(bytes) is not { } actual)
        {
            return (null, PhotoRejection.Unsupported($"The photo's content is not a {PhotoFormat.AcceptedNames} image."));
        }

        return PhotoReencoder.Reencode(actual, bytes, bounds ?? PhotoPixelBounds.Default);
    }
}
