using Hotline.Tickets.Contracts;

namespace Hotline.Reporting.Figures;

/// <summary>
/// The regulation's clocks the reports count (A10.1.3, A10.2.3, A10.3), in the order they list them, each with the
/// <c>ticket_list</c> column holding its <see cref="ClockOutcome"/>: the one list the SQL and the tally share.
/// </summary>
internal static class ReportClocks
{
    public static readonly IReadOnlyList<(string Name, string Column)> All =
    [
        (nameof(ClockKind.Start), "clock_start"),
        (nameof(ClockKind.Contact), "clock_contact"),
        (nameof(ClockKind.Plan), "clock_plan"),
        (nameof(ClockKind.Resolution), "clock_resolution"),
        (nameof(ClockKind.SuggestionReply), "clock_suggestion_reply"),
    ];

    /// <summary>The lateral <c>values</c> rows (name, outcome column) of a ticket aliased <paramref name="alias"/>.</summary>
    public static string ValuesRows(string alias) => string.Join(", ", All.Select(c => $"('{c.Name}', {alias}.{c.Column})"));
}
