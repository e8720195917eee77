using Microsoft.AspNetCore.Http;

namespace Hotline.Channels.Inbound;

/// <summary>What the webhook answers for one stored request (the sweep only records it).</summary>
/// <param name="Status">The row's status (<see cref="InboundStatus"/>).</param>
/// <param name="HttpStatus">200 done or ignored, 202 stored and waiting or to be retried, 400 refused, 429 over the sender's limit.</param>
public sealed record InboundOutcome(string Status, int HttpStatus)
{
    public Guid? TicketId { get; init; }

    public string? TicketNumber { get; init; }

    /// <summary>For a refusal: the fields at fault and why (no personal data).</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }

    /// <summary>For 429: seconds until the sender may send again.</summary>
    public int? RetryAfterSeconds { get; init; }

    public static InboundOutcome Done(string status, Guid? ticketId, string? number) =>
        new(status, StatusCodes.Status200OK) { TicketId = ticketId, TicketNumber = number };

    public static InboundOutcome Refused(IReadOnlyDictionary<string, string[]> errors) =>
        new(InboundStatus.Refused, StatusCodes.Status400BadRequest) { Errors = errors };

    public static InboundOutcome Waiting(string status) => new(status, StatusCodes.Status202Accepted);
}
