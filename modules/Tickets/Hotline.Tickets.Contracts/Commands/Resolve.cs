using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>The work is done; the note says what was done (blank counts as missing).</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.Resolve")]
public sealed record Resolve(
    string RequestId,
    Actor Actor,
    [property: Id(0)] string Note) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.Resolve;
}
