namespace Hotline.Escalation.Contracts;

/// <summary>What a reversal request did.</summary>
[GenerateSerializer]
[Alias("Hotline.Escalation.PenaltyReversalStatus")]
public enum PenaltyReversalStatus
{
    /// <summary>The reversing entry was booked now.</summary>
    Reversed = 1,

    /// <summary>The deduction had already been reversed (a retry): nothing new was booked.</summary>
    AlreadyReversed = 2,

    /// <summary>The warning has no deduction to reverse (never verified, or dismissed).</summary>
    NoDeduction = 3,
}
