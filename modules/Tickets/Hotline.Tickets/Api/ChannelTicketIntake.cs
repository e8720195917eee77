using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Intake;
using Hotline.Tickets.Queries;

namespace Hotline.Tickets.Api;

/// <summary>
/// <see cref="ITicketIntake"/>: a channel's message goes through the same <see cref="RegisterTicketValidator"/> as
/// POST /api/tickets (project, household, owner contact, channel) and the grain suggests category and severity from the
/// text as it does for the call center. The ticket id comes from (channel, message id) like a staff request id.
/// </summary>
public sealed class ChannelTicketIntake(RegisterTicketValidator validator, IGrainFactory grains, ITicketQueryStore queries) : ITicketIntake
{
    public async Task<ChannelIntakeResult> Register(ChannelIntake intake, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(intake);
        var request = new RegisterTicketRequest(
            RequestId(intake), intake.Kind.ToString(), intake.ProjectId, intake.Text, Category: null, Severity: null, Location: null,
            Channel: intake.Channel, RegisteredBy: null, Household: intake.Household, OwnerName: intake.OwnerName, OwnerPhone: intake.OwnerPhone,
            HouseholdNotGiven: intake.Household is null && intake.Kind != TicketKind.Suggestion ? true : null);
        var (command, errors) = await validator.Validate(request, intake.Channel);
        if (command is null)
        {
            return new ChannelIntakeResult(null, null, errors, null);
        }

        var outcome = await grains.GetGrain<ITicketGrain>(TicketIds.FromRequest(command.Channel, command.RequestId)).Register(command);
        if (!outcome.Accepted)
        {
            return new ChannelIntakeResult(null, null, errors, outcome.Rejection);
        }

        var id = outcome.Ticket!.Id;
        return new ChannelIntakeResult(id, await queries.NumberOf(id, ct), errors, null);
    }

    public async Task<Guid?> FindByNumber(string number, CancellationToken ct = default) =>
        TicketNumber.TryParse(number, out var parsed) ? await queries.FindByNumber(parsed, ct) : null;

    public Task<string?> NumberOf(Guid ticketId, CancellationToken ct = default) => queries.NumberOf(ticketId, ct);

    /// <summary>Bounded like any request id; a longer provider id is hashed so it still names one message.</summary>
    private static string RequestId(ChannelIntake intake) =>
        intake.MessageId.Length <= RegisterTicketValidator.MaxShortFieldLength
            ? intake.MessageId
            : Hotline.Kernel.NameBasedGuid.From(intake.MessageId).ToString("N");
}
