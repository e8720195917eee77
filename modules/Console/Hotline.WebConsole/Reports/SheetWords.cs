using Hotline.Reporting.Contracts.Sheets;

namespace Hotline.WebConsole.Reports;

/// <summary>
/// The report exports' labels (Traditional Chinese, as the workbook and printable page write them) in Simplified Chinese
/// and English, keyed by the Traditional label (categories and channels as <see cref="ReportNames"/> holds them). A label
/// with a period after a space ("本月 2026-10") is looked up by its words; one not listed is shown as the export writes it.
/// </summary>
public static class SheetWords
{
    // (Traditional, Simplified, English)
    private static readonly (string Hant, string Hans, string En)[] Words =
    [
        // The weekly analysis (A8.1.4)
        ("品質部週分析", "品质部周分析", "QualityDept weekly analysis"), ("受理總量", "受理总量", "Received"), ("分公司趨勢", "分公司趋势", "Branch trend"),
        ("項目趨勢", "项目趋势", "Project trend"), ("類別趨勢", "类别趋势", "Category trend"), ("渠道趨勢", "渠道趋势", "Channel trend"),
        ("熱點問題", "热点问题", "Top issues"), ("預警級別趨勢", "预警级别趋势", "Warnings by level"), ("扣分", "扣分", "Penalty points"),
        ("最慢時限", "最慢时限", "Slowest clocks"), ("遲交週報", "迟交周报", "Late weekly summaries"), ("紅色預警", "红色预警", "Red warnings"),
        ("重大投訴", "重大投诉", "Major complaints"), ("名稱", "名称", "Name"), ("本週", "本周", "This week"), ("上週", "上周", "Previous week"),
        ("變化", "变化", "Change"), ("變化率", "变化率", "Change rate"), ("問題", "问题", "Issue"), ("戶數", "户数", "Households"), ("工單", "工单", "Tickets"),
        ("項目數", "项目数", "Projects"), ("藍色", "蓝色", "Blue"), ("黃色", "黄色", "Yellow"), ("紅色", "红色", "Red"), ("撤銷", "撤销", "Reversed"),
        ("淨扣分", "净扣分", "Net points"), ("時限", "时限", "Clock"), ("已判定", "已判定", "Decided"), ("準時", "准时", "On time"), ("超時", "超时", "Breached"),
        ("準時率", "准时率", "On-time rate"), ("簽署時間", "签署时间", "Signed at"), ("預警", "预警", "Warnings"), ("觸發", "触发", "Trigger"), ("狀態", "状态", "State"),
        ("發出時間", "发出时间", "Raised at"), ("工單號", "工单号", "Ticket number"), ("原因", "原因", "Reason"), ("標記人", "标记人", "Marked by"),
        ("標記時間", "标记时间", "Marked at"), ("全公司", "全公司", "Company"), ("公司級", "公司级", "Company level"), ("合計", "合计", "Total"),

        // The monthly bulletin (A10.1.3.5)
        ("月度通報", "月度通报", "Monthly bulletin"), ("分公司排名", "分公司排名", "Branch ranking"), ("各項目", "各项目", "Projects"),
        ("收件量（類型）", "收件量（类型）", "Received by kind"), ("收件量（類別）", "收件量（类别）", "Received by category"),
        ("收件量（渠道）", "收件量（渠道）", "Received by channel"), ("各時限準時率", "各时限准时率", "On-time rate by clock"), ("項目", "项目", "Project"),
        ("本月", "本月", "This month"), ("上月", "上月", "Previous month"), ("較上月", "较上月", "vs previous month"), ("去年同月", "去年同月", "Same month last year"),
        ("較去年同月", "较去年同月", "vs same month last year"), ("排名", "排名", "Rank"), ("分公司", "分公司", "Branch"), ("收件量", "收件量", "Received"),
        ("無效投訴", "无效投诉", "Invalid complaints"), ("建議採納率", "建议采纳率", "Suggestions adopted"), ("平均評分", "平均评分", "Average rating"),
        ("逾期周報", "逾期周报", "Late weekly summaries"), ("收件量較上月", "收件量较上月", "Received vs previous month"),
        ("收件量較去年同月", "收件量较去年同月", "Received vs same month last year"), ("類型", "类型", "Kind"), ("件數", "件数", "Count"), ("類別", "类别", "Category"),
        ("渠道", "渠道", "Channel"), ("逾時完成", "超时完成", "Met late"), ("逾時未完成", "超时未完成", "Breached, open"), ("計時中", "计时中", "Running"),

        // Values the exports write in words (ReportWords): kinds, clocks, warning levels
        ("投訴", "投诉", "Complaint"), ("報修", "报修", "Repair"), ("建議", "建议", "Suggestion"), ("啟動處理", "启动处理", "Start"),
        ("聯繫業主", "联系业主", "Contact"), ("上報方案", "上报方案", "Plan"), ("按承諾完成", "按承诺完成", "Resolution"), ("建議答覆", "建议答复", "Suggestion reply"),
        ("跟進業主", "跟进业主", "Owner follow-up"), ("藍色預警", "蓝色预警", "Blue warning"), ("黃色預警", "黄色预警", "Yellow warning"),
    ];

    // Category and channel names (row labels of the received-by tables and trends) come from the reports' own table.
    private static readonly (string Hant, string Hans, string En)[] All = [.. Words, .. ReportNames.All.Select(n => (n.Hant, n.Hans, n.En))];

    public static readonly IReadOnlyDictionary<string, string> Simplified = All.ToDictionary(w => w.Hant, w => w.Hans, StringComparer.Ordinal);

    public static readonly IReadOnlyDictionary<string, string> English = All.ToDictionary(w => w.Hant, w => w.En, StringComparer.Ordinal);

    public static readonly IReadOnlyDictionary<string, string> Traditional = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary><paramref name="label"/> in <paramref name="words"/>: whole, else its words before the first space with the rest kept ("本月 2026-10").</summary>
    public static string Of(IReadOnlyDictionary<string, string> words, string label)
    {
        if (words.TryGetValue(label, out var whole))
        {
            return whole;
        }

        var space = label.IndexOf(' ');
        return space > 0 && words.TryGetValue(label[..space], out var head) ? head + label[space..] : label;
    }
}
