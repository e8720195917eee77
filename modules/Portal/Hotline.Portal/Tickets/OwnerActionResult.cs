using Hotline.Tickets.Contracts;

namespace Hotline.Portal.Tickets;

/// <summary>
/// What an action did: the ticket afterwards, or the refusal in the owner's words with the status the page answers
/// (404 not the owner's, 400 bad input, 409 the state refuses it, 429 an urge too soon with the time it is allowed again).
/// </summary>
public sealed record OwnerActionResult(int StatusCode, string? Refusal, Ticket? Ticket, DateTimeOffset? NotBefore = null)
{
    public bool Done => Refusal is null && StatusCode == 200;
}
