using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>The call center accepts or rejects a filed non-responsibility statement, with an optional note.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.ReviewStatement")]
public sealed record ReviewStatement(
    string RequestId,
    Actor Actor,
    [property: Id(0)] bool? Accepted,
    [property: Id(1)] string? Note) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.ReviewStatement;
}
