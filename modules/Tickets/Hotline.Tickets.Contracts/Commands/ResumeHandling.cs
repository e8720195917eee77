using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>The wait on the owner is over; the paused clocks run again.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.ResumeHandling")]
public sealed record ResumeHandling(
    string RequestId,
    Actor Actor) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.ResumeHandling;
}
