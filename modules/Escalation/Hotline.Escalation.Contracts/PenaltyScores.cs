using System.Collections.Immutable;

namespace Hotline.Escalation.Contracts;

/// <summary>A12 for one assessment month ("YYYY-MM" in the business time zone): per branch, and QualityDept's item in total.</summary>
[GenerateSerializer]
[Alias("Hotline.Escalation.PenaltyScores")]
public sealed record PenaltyScores(
    [property: Id(0)] string Month,
    [property: Id(1)] ImmutableArray<BranchPenaltyScore> Branches,
    [property: Id(2)] QualityDeptPenaltyItem QualityDept);
