namespace Hotline.Tickets.Contracts.Intake;

/// <summary>
/// How the Channels module registers owners' messages as tickets and finds the ticket an owner's reply names, without
/// reaching into the Tickets module: the same validation and category/severity suggestion as POST /api/tickets.
/// </summary>
public interface ITicketIntake
{
    /// <summary>Validates and registers; idempotent by (channel, message id), so racing or repeated deliveries make one ticket.</summary>
    Task<ChannelIntakeResult> Register(ChannelIntake intake, CancellationToken ct = default);

    /// <summary>The ticket with this tracking number ("000123" or "123"), or null.</summary>
    Task<Guid?> FindByNumber(string number, CancellationToken ct = default);

    /// <summary>The ticket's tracking number ("000123"), or null while its list row is not written.</summary>
    Task<string?> NumberOf(Guid ticketId, CancellationToken ct = default);
}
