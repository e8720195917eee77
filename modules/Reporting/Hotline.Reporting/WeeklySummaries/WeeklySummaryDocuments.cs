using Hotline.Reporting.Contracts.WeeklySummaries;
using System.Text.Json;
using Hotline.Reporting.Formats;

namespace Hotline.Reporting.WeeklySummaries;

/// <summary>The weekly summary and QualityDept's list laid out for people (xlsx, csv, printable page), labels in Chinese.</summary>
public static class WeeklySummaryDocuments
{
    public static ReportDocument Of(WeeklySummaryView view)
    {
        var current = view.Current;
        var content = current.Content;
        var received = content.TryGetProperty("figures", out var figures) && figures.ValueKind == JsonValueKind.Object
            ? figures.GetProperty("received").GetProperty("byKind").EnumerateArray().Select(k => Row(k.GetProperty("name").GetString(), k.GetProperty("count").GetInt64())).ToList()
            : [];
        return new ReportDocument($"項目週報 {view.ProjectId} {view.Week}", $"第{current.Version}版 · {Status(current.Status)}{(current.Late ? " · 逾期" : "")}", [
            new ReportTable("概要", ["項目", "分公司", "週", "版本", "狀態", "逾期", "截止時間", "內容SHA-256", "備註"],
                [Row(view.ProjectId, view.BranchId, view.Week, current.Version, Status(current.Status), current.Late ? "是" : "否", view.DueAt, current.ContentSha256, current.Remarks)]),
            new ReportTable("本週受理", ["類型", "數量"], received) { Chart = received.Count > 0 ? new ReportChart("本週受理（按類型）", 0, 1) : null },
            new ReportTable("結轉未結事項", ["編號", "類型", "狀態", "登記時間", "預警"],
                [.. content.GetProperty("carriedOver").EnumerateArray().Select(i => Row(Number(i), i.GetProperty("kind").GetString(), i.GetProperty("status").GetString(),
                    i.GetProperty("registeredAt").GetDateTimeOffset(), i.GetProperty("warningLevel").GetString()))]),
            new ReportTable("本週預警", ["級別", "狀態", "發出時間", "核實時間", "回覆"],
                [.. content.GetProperty("warnings").EnumerateArray().Select(w => Row(w.GetProperty("level").GetString(), w.GetProperty("status").GetString(),
                    w.GetProperty("raisedAt").GetDateTimeOffset(), Time(w.GetProperty("verifiedAt")), w.GetProperty("answer").GetString()))]),
            new ReportTable("簽署", ["版本", "簽署人", "身份", "時間", "內容SHA-256"],
                [.. view.Versions.SelectMany(v => v.Signatures).Select(s => Row(s.Version, s.Signer, s.ActingRole, s.SignedAt, s.ContentSha256))]),
        ]);
    }

    public static ReportDocument Of(string week, IReadOnlyList<WeeklySummaryListItem> items) => new($"項目週報簽署情況 {week}", $"共 {items.Count} 個項目", [
        new ReportTable("週報", ["項目", "分公司", "版本", "狀態", "逾期", "截止時間", "簽署完成時間", "待簽署"],
            [.. items.Select(i => Row(i.ProjectId, i.BranchId, i.Version, Status(i.Status), i.Late ? "是" : "否", i.DueAt, i.SignedAt,
                string.Join("、", i.MissingSigners.Select(m => m.Role == Hotline.Kernel.Role.ProjectManager ? "項目經理" : "分公司負責人"))))]),
    ]);

    private static string Status(WeeklySummaryStatus status) => status switch
    {
        WeeklySummaryStatus.Draft => "待項目經理簽署",
        WeeklySummaryStatus.ManagerSigned => "待分公司負責人簽署",
        _ => "已簽署",
    };

    private static object? Number(JsonElement item) => item.GetProperty("number").ValueKind == JsonValueKind.Number ? item.GetProperty("number").GetInt64() : null;

    private static object? Time(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetDateTimeOffset() : null;

    private static IReadOnlyList<object?> Row(params object?[] values) => values;
}
