using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>The owner says the matter is not settled; the note says why (blank counts as missing).</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.Reopen")]
public sealed record Reopen(
    string RequestId,
    Actor Actor,
    [property: Id(0)] string Note) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.Reopen;
}
