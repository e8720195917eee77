namespace Hotline.Escalation.Contracts;

/// <summary>The outcome of a reversal, with the reversing entry when there is one.</summary>
[GenerateSerializer]
[Alias("Hotline.Escalation.PenaltyReversal")]
public sealed record PenaltyReversal(
    [property: Id(0)] PenaltyReversalStatus Status,
    [property: Id(1)] PenaltyEntry? Entry);
