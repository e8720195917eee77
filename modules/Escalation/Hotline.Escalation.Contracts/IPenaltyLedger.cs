using Hotline.Kernel;

namespace Hotline.Escalation.Contracts;

/// <summary>
/// A12's append-only penalty ledger, a DI service of the Escalation module. Each warning books at
/// most one deduction and at most one reversal, whatever the retries or failovers.
/// </summary>
public interface IPenaltyLedger
{
    /// <summary>Books the warning's deduction in the month of <paramref name="verifiedAt"/>; false when it was already booked.</summary>
    Task<bool> BookDeduction(Guid warningId, WarningLevel level, string? branchId, DateTimeOffset verifiedAt, CancellationToken ct = default);

    /// <summary>A correction: a new entry negating the deduction, in the deduction's month. The reason is mandatory.</summary>
    Task<PenaltyReversal> Reverse(Guid warningId, string reason, string bookedBy, CancellationToken ct = default);

    /// <summary>Per branch and for QualityDept's item, for one "YYYY-MM" month.</summary>
    Task<PenaltyScores> Scores(string month, CancellationToken ct = default);

    /// <summary>The ledger rows of one warning, oldest first.</summary>
    Task<IReadOnlyList<PenaltyEntry>> EntriesFor(Guid warningId, CancellationToken ct = default);
}
