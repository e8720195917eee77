namespace Hotline.Tickets.Contracts.Intake;

/// <summary>
/// A ticket an owner sent through an intake channel (A2), as the channel's receiver understood it. The receiver sets
/// <see cref="Channel"/> (the webhook's channel id, never the message body); <see cref="MessageId"/> is the channel's
/// own id of the message, from which the ticket's request id (and so its id) is derived: one message, one ticket.
/// </summary>
public sealed record ChannelIntake(
    string Channel,
    string MessageId,
    TicketKind Kind,
    string ProjectId,
    string? Household,
    string Text,
    string? OwnerName,
    string? OwnerPhone);
