using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>A10: the call center calls the owner back; when reached, a rating from 1 to 5 and an optional note.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.Callback")]
public sealed record Callback(
    string RequestId,
    Actor Actor,
    [property: Id(0)] bool? Reached,
    [property: Id(1)] int? Rating,
    [property: Id(2)] string? Note) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.Callback;
}
