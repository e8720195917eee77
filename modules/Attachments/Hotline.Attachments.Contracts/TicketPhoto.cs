namespace Hotline.Attachments.Contracts;

/// <summary>A photo's metadata as lists and uploads answer it; the bytes are at <c>/api/tickets/{ticketId}/photos/{id}</c>.</summary>
public sealed record TicketPhoto(
    Guid Id, Guid TicketId, string ContentType, long Size, string Sha256, string UploadedBy, DateTimeOffset UploadedAt);
