using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>Issue 11: the liaison on duty (or a unit head) gives the ticket to one of the project's handlers.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.AssignHandler")]
public sealed record AssignHandler(
    string RequestId,
    Actor Actor,
    [property: Id(0)] string HandlerId) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.Assign;
}
