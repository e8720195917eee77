using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>A10.3.2–5: the group confirms the reported plan; a completion later than the one confirmed before needs a reason.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.ConfirmPlan")]
public sealed record ConfirmPlan(
    string RequestId,
    Actor Actor,
    [property: Id(0)] string? Reason) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.ConfirmPlan;
}
