using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>
/// The owner (or the call center recording what the owner said) rates a resolution on three dimensions, 1–5 each,
/// with an optional comment. Once per resolution.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.Rate")]
public sealed record Rate(
    string RequestId,
    Actor Actor,
    [property: Id(0)] int? Overall,
    [property: Id(1)] int? Speed,
    [property: Id(2)] int? Attitude,
    [property: Id(3)] string? Comment) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.Rate;
}
