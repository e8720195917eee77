using Microsoft.Net.Http.Headers;

namespace Hotline.Attachments.Photos;

/// <summary>An image format ticket photos may have: the content type it is stored and served with, and its file extension.</summary>
public sealed record PhotoFormat(string ContentType, string Extension, string Name)
{
    public static readonly PhotoFormat Jpeg = new("image/jpeg", "jpg", "JPEG");
    public static readonly PhotoFormat Png = new("image/png", "png", "PNG");
    public static readonly PhotoFormat WebP = new("image/webp", "webp", "WebP");
    public static readonly PhotoFormat Heic = new("image/heic", "heic", "HEIC");

    public static IReadOnlyList<PhotoFormat> All { get; } = [Jpeg, Png, WebP, Heic];

    /// <summary>"JPEG, PNG, WebP or HEIC", for messages.</summary>
    public static string AcceptedNames => $"{string.Join(", ", All.SkipLast(1).Select(f => f.Name))} or {All[^1].Name}";

    /// <summary>The accepted format a declared content type names (parameters ignored; common aliases included), or null.</summary>
    public static PhotoFormat? FromContentType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed) || parsed.MediaType.Value is not { } mediaType)
        {
            return null;
        }

        return mediaType.ToLowerInvariant() switch
        {
            "image/jpeg" or "image/jpg" or "image/pjpeg" => Jpeg,
            "image/png" => Png,
            "image/webp" => WebP,
            "image/heic" or "image/heif" => Heic,
            _ => null,
        };
    }
}
