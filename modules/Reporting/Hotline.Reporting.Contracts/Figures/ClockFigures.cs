namespace Hotline.Reporting.Contracts.Figures;

/// <summary>
/// One clock of the regulation (Start, Contact, Plan, Resolution, SuggestionReply) over the tickets of the period,
/// invalid complaints excluded (A10.4): clocks met on time, met late, breached and still open, still running,
/// and the on-time rate of those decided (met on time / (met + breached)), null when none was decided.
/// </summary>
public sealed record ClockFigures(
    string Clock,
    long MetOnTime,
    long MetLate,
    long BreachedOpen,
    long Running,
    double? OnTimeRate);
