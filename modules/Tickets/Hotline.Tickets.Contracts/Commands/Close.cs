using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>A resolved suggestion is closed.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.Close")]
public sealed record Close(
    string RequestId,
    Actor Actor) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.Close;
}
