using Hotline.Kernel;

namespace Hotline.Tickets.Contracts;

/// <summary>
/// Any command on an existing ticket. <see cref="Name"/> selects it (see <see cref="TicketCommands"/>);
/// the other members carry its arguments, each command using only the ones it names.
/// <see cref="RequestId"/> makes it idempotent: the same request twice has one effect.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.TicketCommand")]
public sealed record TicketCommand(
    [property: Id(0)] string Name,
    [property: Id(1)] string RequestId,
    [property: Id(2)] Actor Actor)
{
    [Id(3)] public string? Note { get; init; }
    [Id(4)] public string? Department { get; init; }
    [Id(5)] public string? Plan { get; init; }
    [Id(6)] public DateTimeOffset? CompletionDueAt { get; init; }
    [Id(7)] public bool? Yes { get; init; }
    [Id(8)] public int? Rating { get; init; }
    [Id(9)] public string? ProjectId { get; init; }
    [Id(10)] public string? BranchId { get; init; }
    [Id(11)] public string? Category { get; init; }
    [Id(12)] public Severity? Severity { get; init; }
    [Id(13)] public int? Attempts { get; init; }
    [Id(14)] public string? Reason { get; init; }
    [Id(15)] public DateTimeOffset? FollowUpAt { get; init; }
}
