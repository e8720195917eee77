using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>A10: the project starts handling the dispatched ticket.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.Start")]
public sealed record Start(
    string RequestId,
    Actor Actor) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.Start;
}
