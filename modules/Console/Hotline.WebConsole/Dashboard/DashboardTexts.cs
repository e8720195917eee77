using Hotline.WebConsole.Text;

namespace Hotline.WebConsole.Dashboard;

/// <summary>The dashboards' three word tables, each built whole with <c>new()</c> so a missing word is a compile error.</summary>
public static class DashboardTexts
{
    public static readonly DashboardText Traditional = new()
    {
        Dashboard = "儀表板", Choose = "選擇範圍與期間", Scope = "範圍", Company = "全公司", Branch = "分公司", Project = "項目", Period = "期間",
        ThisWeek = "本週", ThisMonth = "本月", Show = "顯示", PeriodProblem = "須為 week、month 或 YYYY-MM", Loading = "載入中…", AsOf = "資料時間：",
        Registered = "登記個案", OnTimeRates = "各時限準時率", OnTimeRatesDesc = "每項時限在期間內已有結果者之中準時完成的比例（%）。",
        Clock = "時限", MetOnTime = "準時", MetLate = "逾時完成", Breached = "逾時未完成", Running = "進行中", Rate = "準時率", NotDecided = "尚無結果",
        SameIssues = "同一問題戶數", SameIssuesDesc = "各問題在統計期內反映的戶數佔範圍內登記戶數的比例（%），線為 5% 門檻。",
        IssueKey = "問題", Households = "戶數", Share = "比例", Line = "門檻", Reached = "已達門檻", NoSameIssues = "統計期內沒有同一問題的反映。",
        MoreKeys = "共 {0} 項問題，僅列出達門檻者及戶數最多者。", PenaltyPoints = "扣分", PenaltyMonth = "考核月份：",
        PerProject = "各項目扣分", PerProjectDesc = "考核月份內各項目的淨扣分。", Trends = "趨勢（近 8 週）", Week = "週",
        RegisteredPerWeek = "每週登記個案", RegisteredPerWeekDesc = "近 8 個報告週每週登記的個案數。",
        OnTimePerWeek = "每週準時率", OnTimePerWeekDesc = "近 8 個報告週所有時限的準時率（%）。", Numbers = "數據",
        Clocks = new Dictionary<string, string>
        {
            ["Start"] = "開始處理", ["Contact"] = "聯繫業主", ["Plan"] = "處理方案", ["Resolution"] = "處理完成", ["SuggestionReply"] = "建議回覆",
        },
    };

    public static readonly DashboardText Simplified = new()
    {
        Dashboard = "仪表板", Choose = "选择范围与期间", Scope = "范围", Company = "全公司", Branch = "分公司", Project = "项目", Period = "期间",
        ThisWeek = "本周", ThisMonth = "本月", Show = "显示", PeriodProblem = "须为 week、month 或 YYYY-MM", Loading = "加载中…", AsOf = "数据时间：",
        Registered = "登记工单", OnTimeRates = "各时限准时率", OnTimeRatesDesc = "每项时限在期间内已有结果者之中准时完成的比例（%）。",
        Clock = "时限", MetOnTime = "准时", MetLate = "超时完成", Breached = "超时未完成", Running = "进行中", Rate = "准时率", NotDecided = "尚无结果",
        SameIssues = "同一问题户数", SameIssuesDesc = "各问题在统计期内反映的户数占范围内登记户数的比例（%），线为 5% 门槛。",
        IssueKey = "问题", Households = "户数", Share = "比例", Line = "门槛", Reached = "已达门槛", NoSameIssues = "统计期内没有同一问题的反映。",
        MoreKeys = "共 {0} 项问题，仅列出达门槛者及户数最多者。", PenaltyPoints = "扣分", PenaltyMonth = "考核月份：",
        PerProject = "各项目扣分", PerProjectDesc = "考核月份内各项目的净扣分。", Trends = "趋势（近 8 周）", Week = "周",
        RegisteredPerWeek = "每周登记工单", RegisteredPerWeekDesc = "近 8 个报告周每周登记的工单数。",
        OnTimePerWeek = "每周准时率", OnTimePerWeekDesc = "近 8 个报告周所有时限的准时率（%）。", Numbers = "数据",
        Clocks = new Dictionary<string, string>
        {
            ["Start"] = "开始处理", ["Contact"] = "联系业主", ["Plan"] = "处理方案", ["Resolution"] = "处理完成", ["SuggestionReply"] = "建议回复",
        },
    };

    public static readonly DashboardText English = new()
    {
        Dashboard = "Dashboard", Choose = "Choose scope and period", Scope = "Scope", Company = "Company", Branch = "Branch", Project = "Project",
        Period = "Period", ThisWeek = "This week", ThisMonth = "This month", Show = "Show", PeriodProblem = "must be week, month or YYYY-MM",
        Loading = "Loading…", AsOf = "As of ", Registered = "Tickets registered", OnTimeRates = "On-time rate per clock",
        OnTimeRatesDesc = "Of each clock's decided outcomes in the period, the share met on time (%).", Clock = "Clock", MetOnTime = "On time",
        MetLate = "Met late", Breached = "Breached", Running = "Running", Rate = "On-time rate", NotDecided = "none decided",
        SameIssues = "Same-issue households", SameIssuesDesc = "Households reporting each issue in the counting window, as a share of the scope's registered households (%); the line is the 5% threshold.",
        IssueKey = "Issue", Households = "Households", Share = "Share", Line = "Line", Reached = "Reached",
        NoSameIssues = "No issue was reported in the counting window.", MoreKeys = "{0} issues in all; listed: those at the line and those with most households.",
        PenaltyPoints = "Penalty points", PenaltyMonth = "Assessment month: ", PerProject = "Penalty points per project",
        PerProjectDesc = "Each project's net penalty points in the assessment month.", Trends = "Trends (last 8 weeks)", Week = "Week",
        RegisteredPerWeek = "Tickets registered per week", RegisteredPerWeekDesc = "Tickets registered in each of the last 8 reporting weeks.",
        OnTimePerWeek = "On-time rate per week", OnTimePerWeekDesc = "The on-time rate over all clocks in each of the last 8 reporting weeks (%).",
        Numbers = "Numbers",
        Clocks = new Dictionary<string, string>
        {
            ["Start"] = "Start", ["Contact"] = "Contact", ["Plan"] = "Plan", ["Resolution"] = "Resolution", ["SuggestionReply"] = "Suggestion reply",
        },
    };

    public static DashboardText Of(string lang) => ConsoleLanguage.Pick(lang, Traditional, Simplified, English);
}
