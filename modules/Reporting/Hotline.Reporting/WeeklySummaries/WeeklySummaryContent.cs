using Hotline.Reporting.Contracts.Figures;

namespace Hotline.Reporting.WeeklySummaries;

/// <summary>
/// What one project's weekly summary says (A10.1.3.4): the week's figures, the open items carried over from before the
/// week, the week's warnings with their answers, and the liaison's remarks. Serialized canonically
/// (<see cref="Frozen.FrozenJson"/>): the exact text is what is shown and signed.
/// </summary>
public sealed record WeeklySummaryContent(
    string ProjectId,
    string BranchId,
    string Week,
    int Version,
    DateTimeOffset PeriodFrom,
    DateTimeOffset PeriodTo,
    DateTimeOffset DueAt,
    DateTimeOffset DraftedAt,
    OverviewFigures? Figures,
    IReadOnlyList<CarriedOverItem> CarriedOver,
    IReadOnlyList<WeekWarning> Warnings,
    string? Remarks);
