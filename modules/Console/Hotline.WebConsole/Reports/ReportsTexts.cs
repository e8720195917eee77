using Hotline.WebConsole.Text;

namespace Hotline.WebConsole.Reports;

/// <summary>The reports pages' words: Traditional Chinese (default), Simplified Chinese, English; each table built whole.</summary>
public static class ReportsTexts
{
    public static readonly ReportsText Traditional = new()
    {
        Reports = "報表", WeeklySummary = "項目週報", WeekSummaries = "各項目週報", MyProjectsSummaries = "我的項目週報", Week = "週（如 2026-W47）",
        ShowWeek = "顯示", Project = "項目", Branch = "分公司", Version = "版本", State = "狀態", Late = "逾期", OnTime = "未逾期", DueAt = "截止時間",
        SignedAt = "簽署完成時間", NoSummaries = "沒有週報。", NotDrafted = "此週報尚未產生。", Open = "開啟", Figures = "本週數字", Received = "本週受理",
        Total = "合計", OnTimeRate = "準時率", Clock = "時限項目", MetOnTime = "準時完成", MetLate = "逾時完成", BreachedOpen = "逾時未完成",
        PenaltyPoints = "扣分", CarriedOver = "結轉未結事項", WeekWarnings = "本週預警", Remarks = "備註", NoRemarks = "（無備註）", SaveRemarks = "儲存備註",
        RemarksSaved = "備註已儲存。", Signatures = "簽署", NoSignatures = "尚無簽署。", Signer = "簽署人", SignAsManager = "以項目經理身份簽署",
        SignAsHead = "以分公司負責人身份簽署", SignedNow = "已簽署。", ContentHash = "內容 SHA-256", Exports = "匯出及列印", Xlsx = "下載 Excel（.xlsx）",
        Csv = "下載 CSV（.csv）", Printable = "列印版", TooLong = "最多 {0} 字", Refused = "未能完成：",
        Bulletins = "月度通報", Month = "月份（如 2026-10）", Publish = "發佈月度通報", PublishedNow = "已發佈。", PublishedBy = "發佈人", NoBulletins = "尚無已發佈的通報。",
        WeeklyAnalysis = "每週分析", Release = "發佈每週分析", ReleasedNow = "已發佈。", ReleasedBy = "發佈人", NoReleases = "此週尚未發佈（匯出為即時草稿）。", Replaced = "已被取代",
        Content = "內容", ShowContent = "顯示內容", NoRows = "（無）", SheetWords = Reports.SheetWords.Traditional,
        States = new Dictionary<string, string> { ["Draft"] = "待項目經理簽署", ["ManagerSigned"] = "項目經理已簽署，待分公司負責人簽署", ["Signed"] = "已簽署" },
    };

    public static readonly ReportsText Simplified = new()
    {
        Reports = "报表", WeeklySummary = "项目周报", WeekSummaries = "各项目周报", MyProjectsSummaries = "我的项目周报", Week = "周（如 2026-W47）",
        ShowWeek = "显示", Project = "项目", Branch = "分公司", Version = "版本", State = "状态", Late = "逾期", OnTime = "未逾期", DueAt = "截止时间",
        SignedAt = "签署完成时间", NoSummaries = "没有周报。", NotDrafted = "此周报尚未生成。", Open = "打开", Figures = "本周数字", Received = "本周受理",
        Total = "合计", OnTimeRate = "准时率", Clock = "时限项目", MetOnTime = "准时完成", MetLate = "超时完成", BreachedOpen = "超时未完成",
        PenaltyPoints = "扣分", CarriedOver = "结转未结事项", WeekWarnings = "本周预警", Remarks = "备注", NoRemarks = "（无备注）", SaveRemarks = "保存备注",
        RemarksSaved = "备注已保存。", Signatures = "签署", NoSignatures = "尚无签署。", Signer = "签署人", SignAsManager = "以项目经理身份签署",
        SignAsHead = "以分公司负责人身份签署", SignedNow = "已签署。", ContentHash = "内容 SHA-256", Exports = "导出及打印", Xlsx = "下载 Excel（.xlsx）",
        Csv = "下载 CSV（.csv）", Printable = "打印版", TooLong = "最多 {0} 字", Refused = "未能完成：",
        Bulletins = "月度通报", Month = "月份（如 2026-10）", Publish = "发布月度通报", PublishedNow = "已发布。", PublishedBy = "发布人", NoBulletins = "尚无已发布的通报。",
        WeeklyAnalysis = "每周分析", Release = "发布每周分析", ReleasedNow = "已发布。", ReleasedBy = "发布人", NoReleases = "此周尚未发布（导出为实时草稿）。", Replaced = "已被取代",
        Content = "内容", ShowContent = "显示内容", NoRows = "（无）", SheetWords = Reports.SheetWords.Simplified,
        States = new Dictionary<string, string> { ["Draft"] = "待项目经理签署", ["ManagerSigned"] = "项目经理已签署，待分公司负责人签署", ["Signed"] = "已签署" },
    };

    public static readonly ReportsText English = new()
    {
        Reports = "Reports", WeeklySummary = "Weekly summary", WeekSummaries = "Summaries of the week", MyProjectsSummaries = "My projects' summaries",
        Week = "Week (e.g. 2026-W47)", ShowWeek = "Show", Project = "Project", Branch = "Branch", Version = "Version", State = "State", Late = "Late",
        OnTime = "On time", DueAt = "Due", SignedAt = "Fully signed", NoSummaries = "No summaries.", NotDrafted = "This summary is not drafted yet.",
        Open = "Open", Figures = "The week's figures", Received = "Received this week", Total = "Total", OnTimeRate = "On-time rate", Clock = "Clock",
        MetOnTime = "Met on time", MetLate = "Met late", BreachedOpen = "Breached, open", PenaltyPoints = "Penalty points", CarriedOver = "Carried over",
        WeekWarnings = "Warnings of the week", Remarks = "Remarks", NoRemarks = "(no remarks)", SaveRemarks = "Save remarks", RemarksSaved = "Remarks saved.",
        Signatures = "Signatures", NoSignatures = "Not signed yet.", Signer = "Signer", SignAsManager = "Sign as project manager",
        SignAsHead = "Sign as branch head", SignedNow = "Signed.", ContentHash = "Content SHA-256", Exports = "Export and print",
        Xlsx = "Download Excel (.xlsx)", Csv = "Download CSV (.csv)", Printable = "Printable page", TooLong = "at most {0} characters",
        Refused = "Not done: ", Bulletins = "Monthly bulletins", Month = "Month (e.g. 2026-10)", Publish = "Publish the bulletin", PublishedNow = "Published.",
        PublishedBy = "Published by", NoBulletins = "No bulletin published yet.", WeeklyAnalysis = "Weekly analysis", Release = "Release the weekly analysis",
        ReleasedNow = "Released.", ReleasedBy = "Released by", NoReleases = "Not released yet (the exports are the live draft).", Replaced = "replaced",
        Content = "Content", ShowContent = "Show the content", NoRows = "(none)", SheetWords = Reports.SheetWords.English,
        States = new Dictionary<string, string> { ["Draft"] = "Waiting for the project manager", ["ManagerSigned"] = "Signed by the project manager, waiting for the branch head", ["Signed"] = "Signed" },
    };

    /// <summary>The table of the console's language (<see cref="ConsoleText.Lang"/>).</summary>
    public static ReportsText Of(string lang) => ConsoleLanguage.Pick(lang, Traditional, Simplified, English);
}

