namespace Hotline.WebConsole.Text;

/// <summary>
/// The three string tables: Traditional Chinese (default), Simplified Chinese, English. Each is built whole with
/// <c>new()</c>, not <c>Traditional with { ... }</c>, so a word missing from one is a compile error (required member),
/// never a silent fall back to Traditional Chinese.
/// </summary>
public static class ConsoleTexts
{
    public static readonly ConsoleText Traditional = new()
    {
        Lang = ConsoleLanguage.Traditional, AppName = "物業客服控制台", SkipToContent = "跳到主要內容", MainNav = "主選單", MyWork = "我的工作", Tickets = "個案",
        SignOut = "登出", Language = "語言", SignedInAs = "已登入：", NeedsMeNow = "需要我處理", NothingNeedsYou = "目前沒有等待您處理的個案。",
        Inbox = "收件匣", InboxEmpty = "收件匣沒有訊息。", Unread = "未處理", MarkDone = "標記完成", IsDone = "已完成", OlderItems = "較舊的訊息",
        FirstPage = "回到最新", Filters = "篩選", Status = "狀態", Kind = "類別", Project = "項目", Search = "關鍵字", Any = "全部", Apply = "套用",
        PreviousPage = "上一頁", NextPage = "下一頁", PageOf = "第 {0} 頁，共 {1} 件", NoTickets = "沒有符合的個案。", Number = "編號",
        Category = "分類", Severity = "嚴重程度", Household = "住戶", Owner = "業主", Text = "內容", RegisteredAt = "登記時間", NextDue = "下一期限",
        Clocks = "時限", Clock = "時限項目", Due = "到期", State = "狀況", Met = "已達成", Remaining = "剩餘", Breached = "已逾時", Paused = "暫停",
        Cancelled = "已取消", Timeline = "處理紀錄", Actions = "可執行的操作", NoActions = "您目前沒有可執行的操作。", Note = "備註（選填）",
        ActionDone = "已完成：", NotAllowed = "您沒有權限查看此頁面。", NotFound = "找不到此個案，或它不在您的範圍內。", FieldProblem = "欄位有誤：",
        Loading = "載入中…", Open = "開啟",
        Roles = new Dictionary<string, string>
        {
            ["CallCenterAgent"] = "坐席代表", ["CallCenterSupervisor"] = "客服中心主管", ["ProjectLiaison"] = "對接人員", ["ProjectManager"] = "項目經理",
            ["BranchHead"] = "分公司負責人", ["QualityDeptStaff"] = "品質管理部職員", ["QualityDeptHead"] = "品質管理部主管",
            ["CustomerServiceDeptStaff"] = "客戶服務部職員", ["EngineeringDeptStaff"] = "工程管理部職員", ["SecurityDeptStaff"] = "秩序維護部職員",
            ["LegalDeptStaff"] = "法律合規部職員", ["AuditDeptStaff"] = "審計監察部職員", ["VicePresident"] = "分管領導", ["GeneralManager"] = "總經理",
            ["SystemAdministrator"] = "系統管理員", ["ProjectHandler"] = "項目處理人員",
        },
        Statuses = new Dictionary<string, string>
        {
            ["Dispatched"] = "已派單", ["Started"] = "已開始", ["Contacted"] = "已聯絡", ["InProgress"] = "處理中", ["Resolved"] = "已解決",
            ["Closed"] = "已結案", ["Invalid"] = "無效",
        },
        Kinds = new Dictionary<string, string> { ["Complaint"] = "投訴", ["Repair"] = "報修", ["Suggestion"] = "建議" },
        ClockKinds = new Dictionary<string, string>
        {
            ["Start"] = "開始處理", ["Contact"] = "聯絡業主", ["Plan"] = "處理方案", ["Resolution"] = "完成處理", ["SuggestionReply"] = "建議回覆",
            ["OwnerFollowUp"] = "業主跟進",
        },
        Commands = new Dictionary<string, string>
        {
            ["start"] = "開始處理", ["confirm-category"] = "確認分類", ["take"] = "領取個案", ["resume"] = "恢復處理", ["close"] = "結案",
        },
    };

    public static readonly ConsoleText Simplified = new()
    {
        Lang = ConsoleLanguage.Simplified, AppName = "物业客服控制台", SkipToContent = "跳到主要内容", MainNav = "主菜单", MyWork = "我的工作", Tickets = "工单",
        SignOut = "退出登录", Language = "语言", SignedInAs = "已登录：", NeedsMeNow = "需要我处理", NothingNeedsYou = "目前没有等待您处理的工单。",
        Inbox = "收件箱", InboxEmpty = "收件箱没有消息。", Unread = "未处理", MarkDone = "标记完成", IsDone = "已完成", OlderItems = "较旧的消息",
        FirstPage = "回到最新", Filters = "筛选", Status = "状态", Kind = "类别", Project = "项目", Search = "关键字", Any = "全部", Apply = "应用",
        PreviousPage = "上一页", NextPage = "下一页", PageOf = "第 {0} 页，共 {1} 件", NoTickets = "没有符合的工单。", Number = "编号",
        Category = "分类", Severity = "严重程度", Household = "住户", Owner = "业主", Text = "内容", RegisteredAt = "登记时间", NextDue = "下一期限",
        Clocks = "时限", Clock = "时限项目", Due = "到期", State = "状况", Met = "已达成", Remaining = "剩余", Breached = "已超时", Paused = "暂停",
        Cancelled = "已取消", Timeline = "处理记录", Actions = "可执行的操作", NoActions = "您目前没有可执行的操作。", Note = "备注（选填）",
        ActionDone = "已完成：", NotAllowed = "您没有权限查看此页面。", NotFound = "找不到此工单，或它不在您的范围内。", FieldProblem = "字段有误：",
        Loading = "加载中…", Open = "打开",
        Roles = new Dictionary<string, string>
        {
            ["CallCenterAgent"] = "坐席代表", ["CallCenterSupervisor"] = "客服中心主管", ["ProjectLiaison"] = "对接人员", ["ProjectManager"] = "项目经理",
            ["BranchHead"] = "分公司负责人", ["QualityDeptStaff"] = "品质管理部职员", ["QualityDeptHead"] = "品质管理部主管",
            ["CustomerServiceDeptStaff"] = "客户服务部职员", ["EngineeringDeptStaff"] = "工程管理部职员", ["SecurityDeptStaff"] = "秩序维护部职员",
            ["LegalDeptStaff"] = "法律合规部职员", ["AuditDeptStaff"] = "审计监察部职员", ["VicePresident"] = "分管领导", ["GeneralManager"] = "总经理",
            ["SystemAdministrator"] = "系统管理员", ["ProjectHandler"] = "项目处理人员",
        },
        Statuses = new Dictionary<string, string>
        {
            ["Dispatched"] = "已派单", ["Started"] = "已开始", ["Contacted"] = "已联系", ["InProgress"] = "处理中", ["Resolved"] = "已解决",
            ["Closed"] = "已结案", ["Invalid"] = "无效",
        },
        Kinds = new Dictionary<string, string> { ["Complaint"] = "投诉", ["Repair"] = "报修", ["Suggestion"] = "建议" },
        ClockKinds = new Dictionary<string, string>
        {
            ["Start"] = "开始处理", ["Contact"] = "联系业主", ["Plan"] = "处理方案", ["Resolution"] = "完成处理", ["SuggestionReply"] = "建议回复",
            ["OwnerFollowUp"] = "业主跟进",
        },
        Commands = new Dictionary<string, string>
        {
            ["start"] = "开始处理", ["confirm-category"] = "确认分类", ["take"] = "领取工单", ["resume"] = "恢复处理", ["close"] = "结案",
        },
    };

    public static readonly ConsoleText English = new()
    {
        Lang = ConsoleLanguage.English, AppName = "Hotline console", SkipToContent = "Skip to main content", MainNav = "Main menu", MyWork = "My work", Tickets = "Tickets",
        SignOut = "Sign out", Language = "Language", SignedInAs = "Signed in as ", NeedsMeNow = "Needs me now", NothingNeedsYou = "No ticket is waiting for you.",
        Inbox = "Inbox", InboxEmpty = "Your inbox is empty.", Unread = "To do", MarkDone = "Mark done", IsDone = "Done", OlderItems = "Older items",
        FirstPage = "Back to newest", Filters = "Filters", Status = "Status", Kind = "Kind", Project = "Project", Search = "Words", Any = "Any", Apply = "Apply",
        PreviousPage = "Previous page", NextPage = "Next page", PageOf = "Page {0}, {1} tickets", NoTickets = "No ticket matches.", Number = "Number",
        Category = "Category", Severity = "Severity", Household = "Household", Owner = "Owner", Text = "Text", RegisteredAt = "Registered", NextDue = "Next due",
        Clocks = "Clocks", Clock = "Clock", Due = "Due", State = "State", Met = "Met", Remaining = "Remaining", Breached = "Breached", Paused = "Paused",
        Cancelled = "Cancelled", Timeline = "Timeline", Actions = "Actions", NoActions = "There is nothing you can do on this ticket now.", Note = "Note (optional)",
        ActionDone = "Done: ", NotAllowed = "You are not allowed to see this page.", NotFound = "There is no such ticket, or it is outside your scope.", FieldProblem = "Problem with a field: ",
        Loading = "Loading…", Open = "Open",
        Roles = new Dictionary<string, string>
        {
            ["CallCenterAgent"] = "Call-center agent", ["CallCenterSupervisor"] = "Call-center supervisor", ["ProjectLiaison"] = "Liaison",
            ["ProjectManager"] = "Project manager", ["BranchHead"] = "Branch head", ["QualityDeptStaff"] = "QualityDept staff",
            ["QualityDeptHead"] = "QualityDept head", ["CustomerServiceDeptStaff"] = "CustomerServiceDept staff",
            ["EngineeringDeptStaff"] = "EngineeringDept staff", ["SecurityDeptStaff"] = "SecurityDept staff", ["LegalDeptStaff"] = "LegalDept staff",
            ["AuditDeptStaff"] = "AuditDept staff", ["VicePresident"] = "Vice-president in charge", ["GeneralManager"] = "General manager",
            ["SystemAdministrator"] = "Administrator", ["ProjectHandler"] = "Handler",
        },
        Statuses = new Dictionary<string, string>
        {
            ["Dispatched"] = "Dispatched", ["Started"] = "Started", ["Contacted"] = "Contacted", ["InProgress"] = "In progress", ["Resolved"] = "Resolved",
            ["Closed"] = "Closed", ["Invalid"] = "Invalid",
        },
        Kinds = new Dictionary<string, string> { ["Complaint"] = "Complaint", ["Repair"] = "Repair", ["Suggestion"] = "Suggestion" },
        ClockKinds = new Dictionary<string, string>
        {
            ["Start"] = "Start", ["Contact"] = "Contact the owner", ["Plan"] = "Plan", ["Resolution"] = "Resolution", ["SuggestionReply"] = "Suggestion reply",
            ["OwnerFollowUp"] = "Owner follow-up",
        },
        Commands = new Dictionary<string, string>
        {
            ["start"] = "Start handling", ["confirm-category"] = "Confirm the category", ["take"] = "Take the ticket", ["resume"] = "Resume handling", ["close"] = "Close",
        },
    };
}
