using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>The category code is corrected (looked up case-insensitively; blank counts as missing).</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.CorrectCategory")]
public sealed record CorrectCategory(
    string RequestId,
    Actor Actor,
    [property: Id(0)] string Category) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.CorrectCategory;
}
