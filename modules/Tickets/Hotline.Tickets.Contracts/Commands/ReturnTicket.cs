using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>Issue 11: the handler gives the ticket back to its unit (the pool), saying why.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.ReturnTicket")]
public sealed record ReturnTicket(
    string RequestId,
    Actor Actor,
    [property: Id(0)] string Reason) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.Return;
}
