namespace Hotline.Escalation.Contracts;

/// <summary>A12: a ledger entry either deducts for a verified warning or reverses that deduction. Stored by name.</summary>
[GenerateSerializer]
[Alias("Hotline.Escalation.PenaltyEntryKind")]
public enum PenaltyEntryKind
{
    Deduction = 1,
    Reversal = 2,
}
