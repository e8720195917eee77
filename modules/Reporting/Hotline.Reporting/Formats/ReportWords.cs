using System.Globalization;
using Hotline.Reporting.Contracts;
using Hotline.Reporting.Contracts.Sheets;
using Hotline.Kernel;

namespace Hotline.Reporting.Formats;

/// <summary>
/// How reports name things for staff, in Traditional Chinese (the regulation's glossary: 投訴/報修/建議, 藍色/黃色/
/// 紅色預警; categories and channels from <see cref="ReportNames"/>). The query store keeps enum names and codes; an unknown
/// one is shown as stored.
/// </summary>
public static class ReportWords
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        // Kinds (TicketKind)
        ["Complaint"] = "投訴", ["Repair"] = "報修", ["Suggestion"] = "建議",

        // Statuses (TicketStatus), as staff call them
        ["Registered"] = "已登記", ["Dispatched"] = "已派單", ["Started"] = "已啟動", ["Contacted"] = "已聯繫業主",
        ["InProgress"] = "按方案處理中", ["Resolved"] = "已處理待回訪", ["Closed"] = "已結案", ["Invalid"] = "無效投訴",

        // Clocks (ClockKind)
        ["Start"] = "啟動處理", ["Contact"] = "聯繫業主", ["Plan"] = "上報方案", ["Resolution"] = "按承諾完成",
        ["SuggestionReply"] = "建議答覆", ["OwnerFollowUp"] = "跟進業主",

        // Warning levels (WarningLevel)
        ["Blue"] = "藍色預警", ["Yellow"] = "黃色預警", ["Red"] = "紅色預警",
    };

    // Categories and channels: the table the console translates them from too.
    private static readonly Dictionary<string, string> Names = ReportNames.All.ToDictionary(n => n.Code, n => n.Hant, StringComparer.OrdinalIgnoreCase);

    /// <summary>The Chinese name of a kind, status, clock, level, category or channel as stored; unknown ones as given.</summary>
    public static string Of(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "（未填）"
        : Words.TryGetValue(name.Trim(), out var word) || Names.TryGetValue(name.Trim(), out word) ? word
        : name;

    public static string Of(WarningLevel level) => Of(level.ToString());

    /// <summary>全公司, 分公司 {id}, 項目 {id}.</summary>
    public static string Scope(ReportScope scope) => scope.Kind switch
    {
        ScopeKind.Branch => $"分公司 {scope.Id}",
        ScopeKind.Project => $"項目 {scope.Id}",
        _ => "全公司",
    };

    /// <summary>A period as local days, its end shown as the last day it includes: "2026-12-01 至 2026-12-31".</summary>
    public static string Period(ReportPeriod period, TimeZoneInfo zone)
    {
        var from = ReportCulture.Local(period.From, zone);
        var to = ReportCulture.Local(period.To, zone);
        var wholeDays = from.TimeOfDay == TimeSpan.Zero && to.TimeOfDay == TimeSpan.Zero;
        return wholeDays
            ? $"{Day(from)} 至 {Day(to.AddDays(-1))}"
            : $"{ReportCulture.Display(period.From, zone)} 至 {ReportCulture.Display(period.To, zone)}（不含）";
    }

    private static string Day(DateTime day) => day.ToString(ReportCulture.DatePattern, CultureInfo.InvariantCulture);
}
