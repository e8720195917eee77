namespace Hotline.Tickets.Contracts.Intake;

/// <summary>
/// What became of a <see cref="ChannelIntake"/>: the ticket (new, or the one the same message registered before) with
/// its tracking number, or the fields the registration refused (as POST /api/tickets names them), or the grain's rejection.
/// </summary>
public sealed record ChannelIntakeResult(Guid? TicketId, string? TicketNumber, IReadOnlyDictionary<string, string[]> Errors, string? Rejection)
{
    public bool Registered => TicketId is not null;
}
