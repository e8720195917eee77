using System.ComponentModel.DataAnnotations;

namespace Hotline.Attachments.Photos;

/// <summary>Limits on ticket photos (section Hotline:Photos).</summary>
public sealed class PhotoOptions
{
    public const string SectionName = "Hotline:Photos";

    /// <summary>Room for the multipart framing around the largest allowed photo.</summary>
    private const long MultipartOverhead = 1024 * 1024;

    /// <summary>The largest photo accepted, in bytes (5 MiB: a phone photo; the bytes are kept in PostgreSQL).</summary>
    [Range(1L, 64L * 1024 * 1024)]
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>How many photos one ticket may carry.</summary>
    [Range(1, 100)]
    public int MaxPerTicket { get; set; } = 10;

    /// <summary>All the photos of one ticket together, in bytes (default 25 MiB).</summary>
    [Range(1L, long.MaxValue)]
    public long MaxBytesPerTicket { get; set; } = 25L * 1024 * 1024;

    /// <summary>All the photos one person uploads in any 24 hours, in bytes (default 100 MiB): bounds what one account can store.</summary>
    [Range(1L, long.MaxValue)]
    public long MaxBytesPerPersonPerDay { get; set; } = 100L * 1024 * 1024;

    /// <summary>The widest picture accepted, in pixels (read from the header before decoding).</summary>
    [Range(1, 65_535)]
    public int MaxWidth { get; set; } = PhotoPixelBounds.Default.MaxWidth;

    /// <summary>The tallest picture accepted, in pixels.</summary>
    [Range(1, 65_535)]
    public int MaxHeight { get; set; } = PhotoPixelBounds.Default.MaxHeight;

    /// <summary>The most pixels accepted (width x height): bounds the memory one decode takes (about 4 bytes a pixel).</summary>
    [Range(1L, 100_000_000L)]
    public long MaxPixels { get; set; } = PhotoPixelBounds.Default.MaxPixels;

    public PhotoPixelBounds PixelBounds => new(MaxWidth, MaxHeight, MaxPixels);

    /// <summary>The upload endpoint's request body limit: a larger body is refused while it is being read.</summary>
    public long RequestBodyLimit => MaxBytes + MultipartOverhead;
}
