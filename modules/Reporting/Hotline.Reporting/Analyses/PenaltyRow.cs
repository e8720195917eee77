namespace Hotline.Reporting.Analyses;

/// <summary>
/// A12 penalties booked in the week for one branch (null: a company-wide incident, QualityDept's item only): the
/// deductions by level, the reversals, and the net points (deductions less reversals).
/// </summary>
public sealed record PenaltyRow(string? BranchId, long Blue, long Yellow, long Red, long Reversals, decimal Points);
