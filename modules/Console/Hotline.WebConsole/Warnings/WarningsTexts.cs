using Hotline.WebConsole.Text;

namespace Hotline.WebConsole.Warnings;

/// <summary>The board's three tables, each built whole with <c>new()</c>; chosen by the console's language (<c>T.Lang</c>).</summary>
public static class WarningsTexts
{
    public static readonly WarningsText Traditional = new()
    {
        Title = "預警看板", Level = "等級", Status = "狀態", AnyOpen = "全部未結", Ticket = "個案", Branch = "分公司", Company = "全公司",
        MustAct = "待處理者", Nobody = "無", RaisedAt = "發出時間", NoneAtLevel = "沒有此等級的預警。", LevelCount = "{0}（{1}）", More = "更多預警",
        Reason = "駁回原因", Plan = "處理方案", CompletionDueAt = "承諾完成時間", Departments = "職能部門", Send = "送出", Cancel = "取消",
        Done = "已完成：", Refused = "無法執行：", ActionNotAllowed = "您沒有權限執行此操作。", WarningNotFound = "找不到此預警，或它不在您的範圍內。",
        Levels = new Dictionary<string, string> { ["Blue"] = "藍色預警", ["Yellow"] = "黃色預警", ["Red"] = "紅色預警" },
        Statuses = new Dictionary<string, string>
        {
            ["Raised"] = "待核實", ["Verified"] = "已核實", ["Dismissed"] = "已駁回", ["Answered"] = "已回覆方案", ["Closed"] = "已關閉",
        },
        Duties = new Dictionary<string, string>
        {
            [WarningDuty.Verify] = "核實", [WarningDuty.AssignDepartments] = "指派職能部門", [WarningDuty.Answer] = "回覆方案", [WarningDuty.Complete] = "如期完成",
        },
        Commands = new Dictionary<string, string>
        {
            [WarningCommandNames.Verify] = "核實", [WarningCommandNames.Dismiss] = "駁回", [WarningCommandNames.Answer] = "回覆方案",
            [WarningCommandNames.AssignDepartments] = "指派部門",
        },
        DepartmentNames = new Dictionary<string, string>
        {
            ["CustomerServiceDept"] = "客服部", ["EngineeringDept"] = "工程部", ["SecurityDept"] = "保安部", ["LegalDept"] = "法務部", ["AuditDept"] = "稽核部",
        },
    };

    public static readonly WarningsText Simplified = new()
    {
        Title = "预警看板", Level = "等级", Status = "状态", AnyOpen = "全部未结", Ticket = "工单", Branch = "分公司", Company = "全公司",
        MustAct = "待处理人", Nobody = "无", RaisedAt = "发出时间", NoneAtLevel = "没有此等级的预警。", LevelCount = "{0}（{1}）", More = "更多预警",
        Reason = "驳回原因", Plan = "处理方案", CompletionDueAt = "承诺完成时间", Departments = "职能部门", Send = "提交", Cancel = "取消",
        Done = "已完成：", Refused = "无法执行：", ActionNotAllowed = "您没有权限执行此操作。", WarningNotFound = "找不到此预警，或它不在您的范围内。",
        Levels = new Dictionary<string, string> { ["Blue"] = "蓝色预警", ["Yellow"] = "黄色预警", ["Red"] = "红色预警" },
        Statuses = new Dictionary<string, string>
        {
            ["Raised"] = "待核实", ["Verified"] = "已核实", ["Dismissed"] = "已驳回", ["Answered"] = "已回复方案", ["Closed"] = "已关闭",
        },
        Duties = new Dictionary<string, string>
        {
            [WarningDuty.Verify] = "核实", [WarningDuty.AssignDepartments] = "指派职能部门", [WarningDuty.Answer] = "回复方案", [WarningDuty.Complete] = "按期完成",
        },
        Commands = new Dictionary<string, string>
        {
            [WarningCommandNames.Verify] = "核实", [WarningCommandNames.Dismiss] = "驳回", [WarningCommandNames.Answer] = "回复方案",
            [WarningCommandNames.AssignDepartments] = "指派部门",
        },
        DepartmentNames = new Dictionary<string, string>
        {
            ["CustomerServiceDept"] = "客服部", ["EngineeringDept"] = "工程部", ["SecurityDept"] = "保安部", ["LegalDept"] = "法务部", ["AuditDept"] = "稽核部",
        },
    };

    public static readonly WarningsText English = new()
    {
        Title = "Warning board", Level = "Level", Status = "Status", AnyOpen = "Any open", Ticket = "Ticket", Branch = "Branch", Company = "Company-wide",
        MustAct = "Must act", Nobody = "Nobody", RaisedAt = "Raised", NoneAtLevel = "No warnings at this level.", LevelCount = "{0} ({1})", More = "More warnings",
        Reason = "Reason for dismissal", Plan = "Plan", CompletionDueAt = "Promised completion", Departments = "Functional departments", Send = "Send", Cancel = "Cancel",
        Done = "Done: ", Refused = "Not done: ", ActionNotAllowed = "You are not allowed to do this.", WarningNotFound = "There is no such warning, or it is outside your scope.",
        Levels = new Dictionary<string, string> { ["Blue"] = "Blue warning", ["Yellow"] = "Yellow warning", ["Red"] = "Red warning" },
        Statuses = new Dictionary<string, string>
        {
            ["Raised"] = "Awaiting verification", ["Verified"] = "Verified", ["Dismissed"] = "Dismissed", ["Answered"] = "Plan reported", ["Closed"] = "Closed",
        },
        Duties = new Dictionary<string, string>
        {
            [WarningDuty.Verify] = "verify", [WarningDuty.AssignDepartments] = "assign departments", [WarningDuty.Answer] = "report a plan", [WarningDuty.Complete] = "complete on time",
        },
        Commands = new Dictionary<string, string>
        {
            [WarningCommandNames.Verify] = "Verify", [WarningCommandNames.Dismiss] = "Dismiss", [WarningCommandNames.Answer] = "Report plan",
            [WarningCommandNames.AssignDepartments] = "Assign departments",
        },
        DepartmentNames = new Dictionary<string, string>
        {
            ["CustomerServiceDept"] = "Customer service", ["EngineeringDept"] = "Engineering", ["SecurityDept"] = "Security", ["LegalDept"] = "Legal", ["AuditDept"] = "Audit",
        },
    };

    public static WarningsText For(string language) => ConsoleLanguage.Pick(language, Traditional, Simplified, English);
}
