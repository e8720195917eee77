using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Intake;
using Hotline.Tickets.Queries;

namespace Hotline.Tickets.Api;

/// <summary>
/// Staff registration, one path for POST /api/tickets and the console (<see cref="IStaffIntake"/>): the signed-in
/// person registers, the validator checks every field and sets the call center's channel, the ticket grain is reached
/// by (channel, request id) so a retry answers the same ticket.
/// </summary>
public sealed class StaffTicketIntake(RegisterTicketValidator validator, IGrainFactory grains, ITicketQueryStore queries) : IStaffIntake
{
    /// <summary>The grain's outcome, or null with the fields at fault.</summary>
    public async Task<(CommandOutcome? Outcome, Dictionary<string, string[]> Errors)> Register(RegisterTicketRequest request, string personId)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Whoever is signed in registers the ticket; a name in the body cannot stand in for them (an over-long one is still refused).
        var registeredBy = request.RegisteredBy?.Length > RegisterTicketValidator.MaxShortFieldLength ? request.RegisteredBy : personId;
        var (command, errors) = await validator.Validate(request with { RegisteredBy = registeredBy });
        if (command is null)
        {
            return (null, errors);
        }

        return (await grains.GetGrain<ITicketGrain>(TicketIds.FromRequest(command.Channel, command.RequestId)).Register(command), errors);
    }

    public async Task<StaffIntakeResult> Register(StaffIntake intake, string registeredBy, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(intake);
        var request = new RegisterTicketRequest(
            intake.RequestId, intake.Kind, intake.ProjectId, intake.Text, intake.Category, intake.Severity, intake.Location,
            Channel: null, RegisteredBy: null, Household: intake.Household, HouseholdNotGiven: intake.HouseholdNotGiven ? true : null,
            RepeatOf: intake.RepeatOf);
        var (outcome, errors) = await Register(request, registeredBy);
        if (outcome is null)
        {
            return new StaffIntakeResult(null, null, errors, null);
        }

        if (!outcome.Accepted)
        {
            return new StaffIntakeResult(null, null, errors, outcome.Rejection);
        }

        var id = outcome.Ticket!.Id;
        return new StaffIntakeResult(id, await queries.NumberOf(id, ct), errors, null);
    }
}
