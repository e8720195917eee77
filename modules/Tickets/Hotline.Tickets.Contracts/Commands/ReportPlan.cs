using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>A10: the promised completion time, and optionally a revised plan; the ticket refuses a missing or past time.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.ReportPlan")]
public sealed record ReportPlan(
    string RequestId,
    Actor Actor,
    [property: Id(0)] DateTimeOffset? CompletionDueAt,
    [property: Id(1)] string? Plan) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.ReportPlan;

    /// <summary>Why the completion moves later than the confirmed one (required then).</summary>
    [Id(2)]
    public string? Reason { get; init; }
}
