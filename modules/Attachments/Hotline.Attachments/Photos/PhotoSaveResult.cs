using Hotline.Attachments.Contracts;

namespace Hotline.Attachments.Photos;

/// <summary>What saving a photo did; <see cref="Photo"/> is null only when the ticket was full.</summary>
public sealed record PhotoSaveResult(PhotoSaveOutcome Outcome, TicketPhoto? Photo);
