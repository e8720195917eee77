using Hotline.Tickets.Contracts;

namespace Hotline.WebConsole.Admin;

/// <summary>A ticket's limits as named rows, by the names the SLA configuration gives them (Hotline:Sla:Limits:&lt;Name&gt;).</summary>
public static class SlaLimitRows
{
    public static IReadOnlyList<(string Name, LimitSpec Limit)> Of(TicketLimits limits) =>
    [
        (nameof(limits.Start), limits.Start),
        (nameof(limits.Contact), limits.Contact),
        (nameof(limits.PlanGeneral), limits.PlanGeneral),
        (nameof(limits.PlanSerious), limits.PlanSerious),
        (nameof(limits.SuggestionReply), limits.SuggestionReply),
        (nameof(limits.NonResponsibilityStatement), limits.NonResponsibilityStatement),
        (nameof(limits.ReopenWindow), limits.ReopenWindow),
    ];

    /// <summary>"10 分鐘（值班時間內計）": the length and how it counts.</summary>
    public static string Describe(LimitSpec limit, AdminText t) =>
        $"{AdminDurations.Format(limit.Duration, t)} · {(limit.DutyTimeOnly ? t.DutyTime : t.CalendarTime)}";
}
