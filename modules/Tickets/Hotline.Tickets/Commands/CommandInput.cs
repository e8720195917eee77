using Hotline.Kernel;
using Hotline.Tickets.Api;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;

namespace Hotline.Tickets.Commands;

/// <summary>
/// What a handler builds its command from: the body, already checked for the bounds every command shares
/// (text lengths, a known severity), the request id, who is signed in, and an error sink keyed by field.
/// </summary>
public sealed record CommandInput(
    TicketCommandRequest Body,
    string RequestId,
    Actor By,
    Severity? Severity,
    IGrainFactory Grains,
    Action<string, string> Fail)
{
    /// <summary>
    /// The body's yes/no, under whichever of its names was sent (reached, accepted, adopted): the API has always
    /// read them as one answer, so a client that sends another command's name keeps working.
    /// </summary>
    public bool? Yes => Body.Reached ?? Body.Accepted ?? Body.Adopted;

    /// <summary>A required text; absent is passed as empty, which the ticket refuses like a blank one (after its state check).</summary>
    public static string Text(string? value) => value ?? "";
}
