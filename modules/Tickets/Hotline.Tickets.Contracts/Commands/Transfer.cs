using Hotline.Kernel;
namespace Hotline.Tickets.Contracts.Commands;

/// <summary>The ticket goes to another project, with that project's branch (both blank when the body named none).</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.Transfer")]
public sealed record Transfer(
    string RequestId,
    Actor Actor,
    [property: Id(0)] string ProjectId,
    [property: Id(1)] string BranchId) : TicketCommand(RequestId, Actor)
{
    public override string Name => TicketCommands.Transfer;

    /// <summary>Why it moves (optional; shown on the timeline).</summary>
    [Id(2)]
    public string? Reason { get; init; }
}
