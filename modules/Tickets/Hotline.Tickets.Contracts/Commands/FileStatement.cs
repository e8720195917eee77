using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>The project states the complaint is not its responsibility, with the reason (blank counts as missing).</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.FileStatement")]
public sealed record FileStatement(
    string RequestId,
    Actor Actor,
    [property: Id(0)] string Reason) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.FileStatement;
}
