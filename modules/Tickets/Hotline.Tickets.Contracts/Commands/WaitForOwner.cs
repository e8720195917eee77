using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>The owner cannot be reached or must act first: why, when to try again, and how many attempts so far.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.WaitForOwner")]
public sealed record WaitForOwner(
    string RequestId,
    Actor Actor,
    [property: Id(0)] string Reason,
    [property: Id(1)] DateTimeOffset? FollowUpAt,
    [property: Id(2)] int? Attempts) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.WaitForOwner;
}
