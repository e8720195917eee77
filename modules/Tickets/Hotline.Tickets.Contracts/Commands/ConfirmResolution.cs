using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>
/// The owner confirms a resolved ticket is settled, which closes it as a reached callback does; optionally rating it
/// in the same step (all three scores, or none).
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.ConfirmResolution")]
public sealed record ConfirmResolution(
    string RequestId,
    Actor Actor,
    [property: Id(0)] int? Overall,
    [property: Id(1)] int? Speed,
    [property: Id(2)] int? Attitude,
    [property: Id(3)] string? Comment) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.ConfirmResolution;
}
