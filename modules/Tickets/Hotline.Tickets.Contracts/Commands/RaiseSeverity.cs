using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>The severity is raised to Serious; the ticket refuses a missing or lower one.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.RaiseSeverity")]
public sealed record RaiseSeverity(
    string RequestId,
    Actor Actor,
    [property: Id(0)] Severity? Severity) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.RaiseSeverity;
}
