using System.Collections.Immutable;
using Hotline.Escalation.Contracts;

namespace Hotline.Escalation.Warnings;

/// <summary>
/// What a warning grain persists. Null <see cref="Warning"/>: nothing was raised under this id. Side effects
/// (inbox deliveries, the A12 deduction) are saved here first and done after, so a crash in between
/// repeats them (both are idempotent) instead of losing them.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Escalation.WarningState")]
public sealed record WarningState
{
    [Id(0)]
    public WarningView? Warning { get; init; }

    /// <summary>The headline every inbox item of this warning carries, fixed when it is raised.</summary>
    [Id(1)]
    public string Title { get; init; } = "";

    [Id(2)]
    public ImmutableArray<PendingDelivery> Outbox { get; init; } = [];

    /// <summary>Verified, and the deduction not yet confirmed booked.</summary>
    [Id(3)]
    public bool DeductionPending { get; init; }

    // Id 4 was the close reason, now WarningView.CloseReason: not to be reused.

    /// <summary>A10.4: the complaint was found invalid and the deduction's reversing entry is not yet confirmed booked.</summary>
    [Id(5)]
    public bool ReversalPending { get; init; }

    /// <summary>Dismissed, and its ticket not yet confirmed told (its level shows live warnings only).</summary>
    [Id(6)]
    public bool TicketNoticePending { get; init; }
}
