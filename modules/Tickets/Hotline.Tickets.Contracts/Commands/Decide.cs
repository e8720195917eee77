using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>A suggestion is adopted or not; the reply to the owner (the body's note), and the reason when not adopted.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.Decide")]
public sealed record Decide(
    string RequestId,
    Actor Actor,
    [property: Id(0)] bool? Adopted,
    [property: Id(1)] string Reply,
    [property: Id(2)] string? Reason) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.Decide;
}
