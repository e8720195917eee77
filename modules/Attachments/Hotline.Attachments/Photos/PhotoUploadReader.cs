using Microsoft.AspNetCore.Http;

namespace Hotline.Attachments.Photos;

/// <summary>
/// Reads the one file field <c>photo</c> of a multipart upload and checks it. The form is read here rather
/// than bound by the framework, so every refusal (too large, not a form, no file) answers a problem naming <c>photo</c>.
/// </summary>
public static class PhotoUploadReader
{
    public const string Field = "photo";

    public static async Task<(PhotoUpload? Upload, PhotoRejection? Rejection)> Read(HttpRequest request, PhotoOptions limits, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var maxBytes = limits.MaxBytes;
        if (!request.HasFormContentType)
        {
            return (null, PhotoRejection.Unsupported($"Send the photo as multipart/form-data in the field '{Field}'."));
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, PhotoRejection.TooLarge(maxBytes));
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException or IOException)
        {
            return (null, PhotoRejection.BadRequest("The multipart form could not be read."));
        }

        var files = form.Files.GetFiles(Field);
        if (files.Count != 1)
        {
            return (null, PhotoRejection.BadRequest($"Attach exactly one image file in the field '{Field}'."));
        }

        var file = files[0];
        if (file.Length > maxBytes)
        {
            return (null, PhotoRejection.TooLarge(maxBytes));
        }

        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, ct);
        }

        return PhotoCheck.Check(file.ContentType, bytes, maxBytes, limits.PixelBounds);
    }
}
