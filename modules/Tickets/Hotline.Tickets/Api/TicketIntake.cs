using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Intake;

namespace Hotline.Tickets.Api;

/// <summary>
/// <see cref="ITicketIntake"/> over the staff API's own validator and ticket grain: one set of registration rules for
/// every door. The ticket id derives from (channel, request id), so a repeated request answers the same ticket.
/// </summary>
public sealed class TicketIntake(RegisterTicketValidator validator, IGrainFactory grains, IOwnerTicketList list) : ITicketIntake
{
    public async Task<TicketIntakeResult> Register(TicketIntakeRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new RegisterTicketRequest(
            request.RequestId, request.Kind, request.ProjectId, request.Text, Category: null, Severity: null, Location: null,
            Channel: null, RegisteredBy: null, Household: request.Household, OwnerName: request.OwnerName, OwnerPhone: request.OwnerPhone);
        var (command, errors) = await validator.Validate(body, request.Channel);
        if (command is null)
        {
            return new TicketIntakeResult(null, null, errors);
        }

        var outcome = await grains.GetGrain<ITicketGrain>(TicketIds.FromRequest(command.Channel, command.RequestId)).Register(command);
        if (!outcome.Accepted)
        {
            return new TicketIntakeResult(null, null, new Dictionary<string, string[]> { ["requestId"] = [outcome.Rejection ?? "not accepted"] });
        }

        return new TicketIntakeResult(outcome.Ticket, (await list.Find(outcome.Ticket!.Id, ct))?.Number, errors);
    }
}
