using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>Issue 11 (grab mode): the signed-in handler takes the ticket from the project's pool.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.TakeTicket")]
public sealed record TakeTicket(
    string RequestId,
    Actor Actor) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.Take;
}
