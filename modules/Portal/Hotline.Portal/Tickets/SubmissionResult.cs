namespace Hotline.Portal.Tickets;

/// <summary>The registered ticket and its tracking number, with any photo that was refused; or the form's errors by field.</summary>
public sealed record SubmissionResult(Guid? TicketId, string? Number, IReadOnlyDictionary<string, string> Errors, IReadOnlyList<string> PhotoRefusals);
