namespace Hotline.Attachments.Contracts;

/// <summary>The stored photo (also when the ticket had the same bytes already), or why it was refused.</summary>
public sealed record TicketPhotoAddResult(TicketPhoto? Photo, string? Refusal);
