namespace Hotline.Attachments.Photos;

/// <summary>
/// The content rules for one uploaded file. The declared type must name an accepted image format and the
/// bytes must be one; when both are accepted but differ (a PNG sent as image/jpeg, as some phones do) the
/// photo is kept as what its bytes are, since that is the type it will be served with. An accepted photo
/// loses its metadata (<see cref="PhotoMetadataStripper"/>) here, so everything after (hash, duplicate check,
/// storage) sees only the stripped bytes.
/// </summary>
public static class PhotoCheck
{
    public static (PhotoUpload? Upload, PhotoRejection? Rejection) Check(string? declaredContentType, byte[] bytes, long maxBytes)
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

        var (stripped, rejection) = PhotoMetadataStripper.Strip(actual, bytes);
        return stripped is null ? (null, rejection) : (new PhotoUpload(actual, stripped), null);
    }
}
