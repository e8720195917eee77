using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>A11.4: a person raises a red warning for media or group-petition risk, with the reason (blank counts as missing).</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.RaiseRiskWarning")]
public sealed record RaiseRiskWarning(
    string RequestId,
    Actor Actor,
    [property: Id(0)] string Reason) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.RaiseRiskWarning;
}
