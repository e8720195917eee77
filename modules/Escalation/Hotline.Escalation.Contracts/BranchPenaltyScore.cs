namespace Hotline.Escalation.Contracts;

/// <summary>A12: one branch's performance-assessment record for a month: warnings that count (net of reversals) and points deducted.</summary>
[GenerateSerializer]
[Alias("Hotline.Escalation.BranchPenaltyScore")]
public sealed record BranchPenaltyScore(
    [property: Id(0)] string BranchId,
    [property: Id(1)] int Blue,
    [property: Id(2)] int Yellow,
    [property: Id(3)] int Red,
    [property: Id(4)] decimal Points);
