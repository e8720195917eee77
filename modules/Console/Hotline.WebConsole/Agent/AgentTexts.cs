using Hotline.WebConsole.Text;

namespace Hotline.WebConsole.Agent;

/// <summary>The agent workspace's three tables, each built whole with <c>new()</c> (a word missing from one does not compile).</summary>
public static class AgentTexts
{
    // First: the tables below are built from it (static fields initialise in textual order).
    private static readonly string[] FieldNames =
        ["phone", "projectId", "building", "unit", "room", "kind", "text", "category", "severity", "household", "householdNotGiven", "repeatOf", "location"];

    public static readonly AgentText Traditional = new()
    {
        Workspace = "坐席工作台", FindOwner = "查詢業主", ByPhone = "依電話查詢", ByAddress = "依地址查詢", Find = "查詢",
        NoOwner = "查無登記的住戶。", Households = "住戶", Phones = "登記電話", OpenTickets = "未結個案", RecentTickets = "近期個案",
        None = "沒有", UseHousehold = "為此住戶登記", RegisterHeading = "登記並派單",
        CheckHint = "按 Enter 先檢查（建議分類、重複投訴），確認後再按 Enter 登記。", Check = "檢查", Register = "登記並派單",
        Suggested = "建議分類已填入，請確認或更改。", Repeat = "重複投訴：此住戶已有同類個案 {0}（{1}，{2} 登記），登記後標記為重複投訴。",
        Registered = "已登記並派單，追蹤編號 {0}。", OpenTicket = "開啟個案 {0}", NextCall = "登記下一件", Rejected = "個案未被接受：",
        Incoming = "來電", UnknownCaller = "此號碼沒有登記的住戶。", FillSearch = "以此號碼查詢", Dismiss = "關閉來電提示",
        Fields = Words("電話", "項目", "樓棟", "單元", "房號", "類別", "內容", "分類", "嚴重程度", "住戶", "來電者未提供住戶", "重複投訴", "位置"),
        Severities = new Dictionary<string, string> { ["General"] = "一般", ["Serious"] = "嚴重" },
    };

    public static readonly AgentText Simplified = new()
    {
        Workspace = "坐席工作台", FindOwner = "查询业主", ByPhone = "按电话查询", ByAddress = "按地址查询", Find = "查询",
        NoOwner = "查无登记的住户。", Households = "住户", Phones = "登记电话", OpenTickets = "未结工单", RecentTickets = "近期工单",
        None = "没有", UseHousehold = "为此住户登记", RegisterHeading = "登记并派单",
        CheckHint = "按 Enter 先检查（建议分类、重复投诉），确认后再按 Enter 登记。", Check = "检查", Register = "登记并派单",
        Suggested = "建议分类已填入，请确认或更改。", Repeat = "重复投诉：此住户已有同类工单 {0}（{1}，{2} 登记），登记后标记为重复投诉。",
        Registered = "已登记并派单，追踪编号 {0}。", OpenTicket = "打开工单 {0}", NextCall = "登记下一件", Rejected = "工单未被接受：",
        Incoming = "来电", UnknownCaller = "此号码没有登记的住户。", FillSearch = "以此号码查询", Dismiss = "关闭来电提示",
        Fields = Words("电话", "项目", "楼栋", "单元", "房号", "类别", "内容", "分类", "严重程度", "住户", "来电者未提供住户", "重复投诉", "位置"),
        Severities = new Dictionary<string, string> { ["General"] = "一般", ["Serious"] = "严重" },
    };

    public static readonly AgentText English = new()
    {
        Workspace = "Agent workspace", FindOwner = "Find the owner", ByPhone = "By phone", ByAddress = "By address", Find = "Find",
        NoOwner = "No registered household matches.", Households = "Households", Phones = "Registered phones", OpenTickets = "Open tickets",
        RecentTickets = "Recent tickets", None = "None", UseHousehold = "Register for this household", RegisterHeading = "Register and dispatch",
        CheckHint = "Enter checks first (suggested category, repeat complaint); confirm, then Enter registers.", Check = "Check", Register = "Register and dispatch",
        Suggested = "The suggested category is filled in: confirm or change it.",
        Repeat = "Repeat complaint: this household already has ticket {0} on the same issue ({1}, registered {2}); it will be marked as a repeat.",
        Registered = "Registered and dispatched, tracking number {0}.", OpenTicket = "Open ticket {0}", NextCall = "Register another", Rejected = "The ticket refused it: ",
        Incoming = "Incoming call", UnknownCaller = "No registered household has this number.", FillSearch = "Search this number", Dismiss = "Dismiss the call",
        Fields = Words("Phone", "Project", "Building", "Unit", "Room", "Kind", "Text", "Category", "Severity", "Household", "Caller gave no household", "Repeat of", "Location"),
        Severities = new Dictionary<string, string> { ["General"] = "General", ["Serious"] = "Serious" },
    };

    /// <summary>The table of the console's language (<c>ConsoleText.Lang</c>).</summary>
    public static AgentText Of(string? lang) => ConsoleLanguage.Pick(lang, Traditional, Simplified, English);

    // The API's field names, in the order of the words given: one word each, or the table does not load.
    private static Dictionary<string, string> Words(params string[] words) => words.Length == FieldNames.Length
        ? FieldNames.Zip(words).ToDictionary(p => p.First, p => p.Second)
        : throw new InvalidOperationException($"The agent workspace names {FieldNames.Length} fields; {words.Length} words were given.");
}
