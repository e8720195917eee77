using Microsoft.AspNetCore.Http;

namespace Hotline.Attachments.Photos;

/// <summary>Why an upload was refused: the HTTP status to answer and a message for the field <c>photo</c>.</summary>
public sealed record PhotoRejection(int Status, string Message)
{
    public static PhotoRejection BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    public static PhotoRejection Unsupported(string message) => new(StatusCodes.Status415UnsupportedMediaType, message);

    public static PhotoRejection TooLarge(long maxBytes) => new(
        StatusCodes.Status413PayloadTooLarge, $"The photo may be at most {maxBytes} bytes.");
}
