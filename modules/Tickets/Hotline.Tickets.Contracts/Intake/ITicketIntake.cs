namespace Hotline.Tickets.Contracts.Intake;

/// <summary>
/// Registers a ticket that came in by an owners' door other than the staff API (the portal, a channel plugin), with the
/// same validation, household check and category/severity suggestion as POST /api/tickets. The door names its own
/// channel; the owner never does.
/// </summary>
public interface ITicketIntake
{
    Task<TicketIntakeResult> Register(TicketIntakeRequest request, CancellationToken ct = default);
}
