using Hotline.Kernel;

namespace Hotline.Escalation.Contracts;

/// <summary>
/// One row of the append-only penalty ledger (A12). A deduction has positive points; its reversal
/// carries the same points negated, in the same assessment month.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Escalation.PenaltyEntry")]
public sealed record PenaltyEntry(
    [property: Id(0)] Guid EntryId,
    [property: Id(1)] Guid WarningId,
    [property: Id(2)] string? BranchId,
    [property: Id(3)] string Month,
    [property: Id(4)] WarningLevel Level,
    [property: Id(5)] decimal Points,
    [property: Id(6)] PenaltyEntryKind Kind,
    [property: Id(7)] string Reason,
    [property: Id(8)] string BookedBy,
    [property: Id(9)] DateTimeOffset BookedAt);
