namespace Hotline.Tickets.Contracts.Intake;

/// <summary>
/// Registers a ticket for a member of staff exactly as POST /api/tickets does (same checks, same grain, the call
/// center's channel); the caller asks that endpoint's access rule first and names the person as
/// <paramref name="registeredBy"/>. The answer has the tracking number, or the fields at fault, or the grain's refusal.
/// </summary>
public interface IStaffIntake
{
    Task<StaffIntakeResult> Register(StaffIntake intake, string registeredBy, CancellationToken ct = default);
}
