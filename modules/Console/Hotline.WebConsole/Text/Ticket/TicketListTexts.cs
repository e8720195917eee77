namespace Hotline.WebConsole.Text.Ticket;

/// <summary>The tickets list's filter words: Traditional Chinese (default), Simplified Chinese, English, each built whole.</summary>
public static class TicketListTexts
{
    public static readonly TicketListText Traditional = new()
    {
        Lang = ConsoleLanguage.Traditional, Branch = "分公司", From = "登記日期起", To = "登記日期止（含當日）",
        WarningLevel = "預警級別", NoWarning = "無預警", Assignee = "待誰處理", NeedsMyAction = "只看需要我處理的",
        Department = "責任部門", Handler = "處理人（帳號）", Pool = "處理人", InPool = "待領取（尚無處理人）", Held = "已有處理人",
        Yes = "是", No = "否", PageSize = "每頁件數", Clear = "清除篩選", PageProblem = "頁碼有誤：",
        Assignees = new Dictionary<string, string>
        {
            ["unit"] = "處理單位", ["plan-confirmation"] = "待確認方案", ["call-center"] = "客服中心（回訪或結案）",
            ["supervisor"] = "客服中心主管（審核聲明）", ["handler"] = "處理人",
        },
    };

    public static readonly TicketListText Simplified = new()
    {
        Lang = ConsoleLanguage.Simplified, Branch = "分公司", From = "登记日期起", To = "登记日期止（含当日）",
        WarningLevel = "预警级别", NoWarning = "无预警", Assignee = "待谁处理", NeedsMyAction = "只看需要我处理的",
        Department = "责任部门", Handler = "处理人（账号）", Pool = "处理人", InPool = "待领取（尚无处理人）", Held = "已有处理人",
        Yes = "是", No = "否", PageSize = "每页件数", Clear = "清除筛选", PageProblem = "页码有误：",
        Assignees = new Dictionary<string, string>
        {
            ["unit"] = "处理单位", ["plan-confirmation"] = "待确认方案", ["call-center"] = "客服中心（回访或结案）",
            ["supervisor"] = "客服中心主管（审核声明）", ["handler"] = "处理人",
        },
    };

    public static readonly TicketListText English = new()
    {
        Lang = ConsoleLanguage.English, Branch = "Branch", From = "Registered from", To = "Registered until (that day included)",
        WarningLevel = "Warning level", NoWarning = "No warning", Assignee = "Waiting on", NeedsMyAction = "Only those waiting on me",
        Department = "Department", Handler = "Handler (account)", Pool = "Handler", InPool = "In the pool (no handler)", Held = "Held by a handler",
        Yes = "Yes", No = "No", PageSize = "Tickets per page", Clear = "Clear filters", PageProblem = "Problem with the page: ",
        Assignees = new Dictionary<string, string>
        {
            ["unit"] = "The handling unit", ["plan-confirmation"] = "Plan confirmation", ["call-center"] = "Call center (callback or close)",
            ["supervisor"] = "Call-center supervisor (statement)", ["handler"] = "The handler",
        },
    };

    /// <summary>The table of the console's current language.</summary>
    public static TicketListText For(string lang) => ConsoleLanguage.Pick(lang, Traditional, Simplified, English);
}
