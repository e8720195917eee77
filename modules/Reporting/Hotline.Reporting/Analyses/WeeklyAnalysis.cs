using Hotline.Reporting.Contracts;
using Hotline.Reporting.MajorComplaints;

namespace Hotline.Reporting.Analyses;

/// <summary>
/// A8.1.4: QualityDept's company-wide analysis of one report week for the vice-president in charge, as of
/// <see cref="ComputedAt"/> (<see cref="Complete"/> once the week's period has ended). Tickets are counted by
/// registration within the week, warnings by when they were raised, penalties by when they were booked; each trend
/// compares with <see cref="PreviousWeek"/>. Major complaints: the red warnings raised in the week (the platform's) and
/// the complaints QualityDept marked major in the week.
/// </summary>
public sealed record WeeklyAnalysis(
    string Week,
    ReportPeriod Period,
    string PreviousWeek,
    ReportPeriod PreviousPeriod,
    DateTimeOffset ComputedAt,
    bool Complete,
    TrendRow Received,
    IReadOnlyList<TrendRow> ByBranch,
    IReadOnlyList<TrendRow> ByProject,
    IReadOnlyList<TrendRow> ByCategory,
    IReadOnlyList<TrendRow> ByChannel,
    IReadOnlyList<IssueKeyRow> TopIssueKeys,
    IReadOnlyList<TrendRow> WarningsByLevel,
    IReadOnlyList<PenaltyRow> Penalties,
    decimal PenaltyPoints,
    IReadOnlyList<SlowClock> SlowestClocks,
    IReadOnlyList<LateSummary> LateSummaries,
    IReadOnlyList<RedWarning> RedWarnings,
    IReadOnlyList<MajorComplaint> MajorComplaints);
