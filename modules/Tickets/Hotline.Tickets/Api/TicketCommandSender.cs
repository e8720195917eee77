using Hotline.Kernel;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;

namespace Hotline.Tickets.Api;

/// <summary>The API's command path, for the endpoint and the console alike: <see cref="TicketCommandParser"/>, then the ticket grain.</summary>
internal sealed class TicketCommandSender(IGrainFactory grains) : ITicketCommandSender
{
    public async Task<TicketCommandAnswer> Send(Guid ticketId, string command, TicketCommandRequest body, Actor by)
    {
        var (parsed, errors) = await TicketCommandParser.Parse(command, body, by, grains);
        return parsed is null
            ? TicketCommandAnswer.Invalid(errors)
            : new TicketCommandAnswer(await grains.GetGrain<ITicketGrain>(ticketId).Execute(parsed), errors);
    }
}
