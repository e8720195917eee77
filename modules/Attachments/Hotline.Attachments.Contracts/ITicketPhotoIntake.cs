namespace Hotline.Attachments.Contracts;

/// <summary>
/// Adds a photo to a ticket through the same checks and limits as POST /api/tickets/{id}/photos (type, decoding,
/// re-encoding without metadata, size, per-ticket and per-uploader budgets), for doors that are not the staff API.
/// </summary>
public interface ITicketPhotoIntake
{
    /// <summary>The largest upload accepted, in bytes.</summary>
    long MaxBytes { get; }

    /// <summary>The stored photo, or a refusal in words (for the field <c>photo</c>).</summary>
    Task<TicketPhotoAddResult> Add(Guid ticketId, string? contentType, byte[] bytes, string uploadedBy, CancellationToken ct = default);
}
