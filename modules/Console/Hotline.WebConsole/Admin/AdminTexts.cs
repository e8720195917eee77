using Hotline.WebConsole.Text;

namespace Hotline.WebConsole.Admin;

/// <summary>
/// The administration pages' three word tables, each built whole with <c>new()</c> (a missing word is a compile
/// error, never a fall back to another language); chosen by the cascading <see cref="ConsoleText.Lang"/>.
/// </summary>
public static class AdminTexts
{
    public static AdminText For(string lang) => ConsoleLanguage.Pick(lang, Traditional, Simplified, English);

    public static readonly AdminText Traditional = new()
    {
        Administration = "系統管理", Organisation = "組織架構", Rosters = "值班表", Policies = "時限與預警規則", Plugins = "外掛程式",
        NothingToAdminister = "您沒有可使用的管理頁面。", Branch = "分公司", Project = "項目", Id = "代碼", Name = "名稱", Households = "總住戶",
        People = "人員", RolesAndScopes = "角色與範圍", ChooseProject = "選擇項目", Show = "顯示", ImportHouseholds = "匯入住戶名冊",
        CsvFile = "CSV 檔案（UTF-8）", CsvHint = "第一行為欄位名稱：building,unit,room,phones（unit 與 phones 可省略，多個電話以 ; 分隔）。任何一行有誤即全部不匯入。",
        Import = "匯入", Imported = "已匯入 {0} 戶；{1} 的名冊現有 {2} 戶。", RegistryHolds = "{0} 的住戶名冊現有 {1} 戶。", NothingImported = "未匯入任何住戶，請修正以下各行：",
        Line = "行", Column = "欄位", Problem = "問題", FileTooLarge = "檔案過大或無法讀取。", WeekOf = "週（任選一天）", Person = "人員",
        AlwaysOnDuty = "全天候值班", NextDay = "（翌日）", Off = "休息", SlaLimits = "處理時限（現行）",
        SlaNote = "新登記的個案依此取得時限；已登記的個案保留登記時的時限（A13.2）。", ForCategory = "分類（選填）", Limit = "時限",
        Kind = "類別", Severity = "嚴重程度", DutyTime = "值班時間內計", CalendarTime = "按日曆計", CallbackAttempts = "回訪次數",
        DutyWindow = "值班時段", Holidays = "假日", None = "無", EscalationPolicy = "預警規則（現行）", Level = "預警級別", PastDue = "逾時多久觸發",
        Points = "扣分", Verifiers = "核實人", VerificationLimit = "核實時限", AnswerLimit = "回覆方案時限", RepeatComplaintWindow = "二次投訴期間",
        SameIssueWindow = "同一問題統計期間", SameIssueThreshold = "同一問題住戶比例門檻", DeadlineNoticeLead = "到期前提醒",
        TicketKeeps = "個案保留的時限", TicketKeepsNote = "個案登記時取得的時限，之後的規則變更不影響它。", TicketId = "個案代碼",
        NoLimitsKept = "此個案沒有保留的時限。", HostVersion = "主程式版本", Folder = "資料夾", Version = "版本", State = "狀態",
        Loaded = "已載入", Failed = "載入失敗", Categories = "提供的分類", Manifest = "清單檔", NoPlugins = "沒有外掛程式。",
        Days = "{0} 天", Hours = "{0} 小時", Minutes = "{0} 分鐘",
        WeekDays = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"],
        Scopes = new Dictionary<string, string> { ["Company"] = "全公司", ["Branch"] = "分公司", ["Project"] = "項目" },
        Limits = new Dictionary<string, string>
        {
            ["Start"] = "開始處理", ["Contact"] = "聯絡業主", ["PlanGeneral"] = "處理方案（一般）", ["PlanSerious"] = "處理方案（嚴重）",
            ["SuggestionReply"] = "建議回覆", ["NonResponsibilityStatement"] = "非責任說明", ["ReopenWindow"] = "結案後可重開期間",
        },
        Severities = new Dictionary<string, string> { ["General"] = "一般", ["Serious"] = "嚴重" },
        Levels = new Dictionary<string, string> { ["Blue"] = "藍色預警", ["Yellow"] = "黃色預警", ["Red"] = "紅色預警" },
        PluginKinds = new Dictionary<string, string> { ["category"] = "分類", ["channel"] = "渠道" },
    };

    public static readonly AdminText Simplified = new()
    {
        Administration = "系统管理", Organisation = "组织架构", Rosters = "值班表", Policies = "时限与预警规则", Plugins = "插件",
        NothingToAdminister = "您没有可使用的管理页面。", Branch = "分公司", Project = "项目", Id = "代码", Name = "名称", Households = "总住户",
        People = "人员", RolesAndScopes = "角色与范围", ChooseProject = "选择项目", Show = "显示", ImportHouseholds = "导入住户名册",
        CsvFile = "CSV 文件（UTF-8）", CsvHint = "第一行为字段名称：building,unit,room,phones（unit 与 phones 可省略，多个电话以 ; 分隔）。任何一行有误即全部不导入。",
        Import = "导入", Imported = "已导入 {0} 户；{1} 的名册现有 {2} 户。", RegistryHolds = "{0} 的住户名册现有 {1} 户。", NothingImported = "未导入任何住户，请修正以下各行：",
        Line = "行", Column = "字段", Problem = "问题", FileTooLarge = "文件过大或无法读取。", WeekOf = "周（任选一天）", Person = "人员",
        AlwaysOnDuty = "全天候值班", NextDay = "（次日）", Off = "休息", SlaLimits = "处理时限（现行）",
        SlaNote = "新登记的个案依此取得时限；已登记的个案保留登记时的时限（A13.2）。", ForCategory = "分类（选填）", Limit = "时限",
        Kind = "类别", Severity = "严重程度", DutyTime = "值班时间内计", CalendarTime = "按日历计", CallbackAttempts = "回访次数",
        DutyWindow = "值班时段", Holidays = "假日", None = "无", EscalationPolicy = "预警规则（现行）", Level = "预警级别", PastDue = "逾时多久触发",
        Points = "扣分", Verifiers = "核实人", VerificationLimit = "核实时限", AnswerLimit = "回复方案时限", RepeatComplaintWindow = "二次投诉期间",
        SameIssueWindow = "同一问题统计期间", SameIssueThreshold = "同一问题住户比例门槛", DeadlineNoticeLead = "到期前提醒",
        TicketKeeps = "个案保留的时限", TicketKeepsNote = "个案登记时取得的时限，之后的规则变更不影响它。", TicketId = "个案代码",
        NoLimitsKept = "此个案没有保留的时限。", HostVersion = "主程序版本", Folder = "文件夹", Version = "版本", State = "状态",
        Loaded = "已加载", Failed = "加载失败", Categories = "提供的分类", Manifest = "清单文件", NoPlugins = "没有插件。",
        Days = "{0} 天", Hours = "{0} 小时", Minutes = "{0} 分钟",
        WeekDays = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"],
        Scopes = new Dictionary<string, string> { ["Company"] = "全公司", ["Branch"] = "分公司", ["Project"] = "项目" },
        Limits = new Dictionary<string, string>
        {
            ["Start"] = "开始处理", ["Contact"] = "联络业主", ["PlanGeneral"] = "处理方案（一般）", ["PlanSerious"] = "处理方案（严重）",
            ["SuggestionReply"] = "建议回复", ["NonResponsibilityStatement"] = "非责任说明", ["ReopenWindow"] = "结案后可重开期间",
        },
        Severities = new Dictionary<string, string> { ["General"] = "一般", ["Serious"] = "严重" },
        Levels = new Dictionary<string, string> { ["Blue"] = "蓝色预警", ["Yellow"] = "黄色预警", ["Red"] = "红色预警" },
        PluginKinds = new Dictionary<string, string> { ["category"] = "分类", ["channel"] = "渠道" },
    };

    public static readonly AdminText English = new()
    {
        Administration = "Administration", Organisation = "Organisation", Rosters = "Duty rosters", Policies = "SLA and escalation policies",
        Plugins = "Plugins", NothingToAdminister = "You have no administration page to use.", Branch = "Branch", Project = "Project", Id = "Id",
        Name = "Name", Households = "Households", People = "People", RolesAndScopes = "Roles and scopes", ChooseProject = "Project", Show = "Show",
        ImportHouseholds = "Import households", CsvFile = "CSV file (UTF-8)",
        CsvHint = "The first line names the columns: building,unit,room,phones (unit and phones optional; phones separated by ;). One bad line imports nothing.",
        Import = "Import", Imported = "{0} households imported; {1}'s registry now holds {2}.", RegistryHolds = "{0}'s household registry holds {1}.", NothingImported = "Nothing was imported. Fix these lines:",
        Line = "Line", Column = "Column", Problem = "Problem", FileTooLarge = "The file is too large or cannot be read.", WeekOf = "Week (any day of it)",
        Person = "Person", AlwaysOnDuty = "Always on duty", NextDay = " (next day)", Off = "Off", SlaLimits = "Time limits in force",
        SlaNote = "A ticket registered now gets these limits; a registered ticket keeps the limits it was registered with (A13.2).",
        ForCategory = "Category (optional)", Limit = "Limit", Kind = "Kind", Severity = "Severity", DutyTime = "duty time",
        CalendarTime = "calendar time", CallbackAttempts = "Callback attempts", DutyWindow = "Duty window", Holidays = "Holidays", None = "none",
        EscalationPolicy = "Escalation policy in force", Level = "Level", PastDue = "Raised when past due by", Points = "Points deducted",
        Verifiers = "Verified by", VerificationLimit = "Verification limit", AnswerLimit = "Plan answer limit", RepeatComplaintWindow = "Repeat complaint window",
        SameIssueWindow = "Same-issue window", SameIssueThreshold = "Same-issue household share", DeadlineNoticeLead = "Deadline notice lead",
        TicketKeeps = "What a ticket keeps", TicketKeepsNote = "The limits the ticket was registered with; later policy changes do not affect it.",
        TicketId = "Ticket id", NoLimitsKept = "This ticket keeps no limits.", HostVersion = "Host version", Folder = "Folder", Version = "Version",
        State = "State", Loaded = "Loaded", Failed = "Failed", Categories = "Categories contributed", Manifest = "Manifest", NoPlugins = "No plugins.",
        Days = "{0} d", Hours = "{0} h", Minutes = "{0} min",
        WeekDays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        Scopes = new Dictionary<string, string> { ["Company"] = "company", ["Branch"] = "branch", ["Project"] = "project" },
        Limits = new Dictionary<string, string>
        {
            ["Start"] = "Start", ["Contact"] = "Contact the owner", ["PlanGeneral"] = "Plan (general)", ["PlanSerious"] = "Plan (serious)",
            ["SuggestionReply"] = "Suggestion reply", ["NonResponsibilityStatement"] = "Non-responsibility statement", ["ReopenWindow"] = "Reopen window",
        },
        Severities = new Dictionary<string, string> { ["General"] = "General", ["Serious"] = "Serious" },
        Levels = new Dictionary<string, string> { ["Blue"] = "Blue warning", ["Yellow"] = "Yellow warning", ["Red"] = "Red warning" },
        PluginKinds = new Dictionary<string, string> { ["category"] = "category", ["channel"] = "channel" },
    };
}
