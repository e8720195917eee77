namespace Hotline.Reporting.Contracts.Figures;

/// <summary>
/// The live view of one scope (A6, A8.1.1, A8.3.2) for a period, as of <see cref="AsOf"/>: every figure the weekly
/// summary, the weekly analysis and the monthly bulletin are made of. Open-by-state and open warnings are as of now;
/// the rest counts tickets registered (warnings raised) within the period. Invalid complaints (A10.4) are counted on
/// their own and left out of the clock figures. Penalty points (A12) are the ledger's net points (deductions less
/// reversals) of <see cref="PenaltyMonth"/>, the business month the period ends in (for the live view: this month).
/// <see cref="SameIssueLine"/> is the escalation policy's same-issue line (A11.3) in percent, once for all
/// <see cref="SameIssues"/> (added last, so older JSON without it still reads: then 0). <see cref="Groups"/> says which
/// figure groups were computed: a group left out is empty or zero here because it was not read, not because nothing
/// happened (added after, so older JSON without it reads as <see cref="FigureGroups.All"/>, which it was).
/// <see cref="SameIssueKeys"/> is set when <see cref="SameIssues"/> was shortened for the live view: how many keys the
/// window holds in all (null: the list is whole).
/// </summary>
public sealed record OverviewFigures(
    ReportScope Scope,
    ReportPeriod Period,
    DateTimeOffset AsOf,
    ReceivedFigures Received,
    IReadOnlyList<NamedCount> OpenByStatus,
    IReadOnlyList<ClockFigures> Clocks,
    WarningFigures Warnings,
    long InvalidComplaints,
    SuggestionFigures Suggestions,
    RatingFigures Ratings,
    IReadOnlyList<SameIssueFigure> SameIssues,
    string PenaltyMonth,
    decimal PenaltyPoints,
    double SameIssueLine = 0,
    FigureGroups Groups = FigureGroups.All,
    long? SameIssueKeys = null);
