using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>催單: the owner (or the call center for them) chases an open ticket, with an optional note.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.Urge")]
public sealed record Urge(
    string RequestId,
    Actor Actor,
    [property: Id(0)] string? Note) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.Urge;
}
