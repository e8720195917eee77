using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>A10.3.2–5: the group sends the reported plan back to the unit, saying why.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.ReturnPlan")]
public sealed record ReturnPlan(
    string RequestId,
    Actor Actor,
    [property: Id(0)] string Reason) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.ReturnPlan;
}
