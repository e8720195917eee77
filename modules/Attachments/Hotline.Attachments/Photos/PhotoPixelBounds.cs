namespace Hotline.Attachments.Photos;

/// <summary>
/// The largest picture a photo may be, read from its header before it is decoded: decoding allocates about
/// width x height x 4 bytes, so a small file that claims 50 megapixels (a decompression bomb) is refused unread.
/// </summary>
public sealed record PhotoPixelBounds(int MaxWidth, int MaxHeight, long MaxPixels)
{
    /// <summary>8192 x 8192 and 24 megapixels: a phone's or a compact camera's photo; about 100 MB to decode at most.</summary>
    public static PhotoPixelBounds Default { get; } = new(8192, 8192, 24_000_000);

    /// <summary>Why a picture of this size is refused, or null if it fits.</summary>
    public string? Refusal(long width, long height) =>
        width > MaxWidth || height > MaxHeight || width * height > MaxPixels
            ? $"The photo is {width} x {height} pixels; at most {MaxWidth} x {MaxHeight} and {MaxPixels} pixels are accepted."
            : null;
}
