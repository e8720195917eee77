using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>A10.1.1 / A10.2.1: the liaison confirms the category the plugin suggested at intake.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.ConfirmCategory")]
public sealed record ConfirmCategory(string RequestId, Actor Actor) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.ConfirmCategory;
}
