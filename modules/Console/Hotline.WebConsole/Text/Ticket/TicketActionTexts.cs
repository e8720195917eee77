using Hotline.WebConsole.Text;

namespace Hotline.WebConsole.Text.Ticket;

/// <summary>The ticket actions' words in the console's three languages, each built whole (a missing member is a compile error).</summary>
public static class TicketActionTexts
{
    public static readonly TicketActionText Traditional = new()
    {
        Lang = ConsoleLanguage.Traditional, Yes = "是", No = "否", NotSaid = "（未填）", MustBeWholeNumber = "必須是整數",
        MustBeMoment = "必須是日期與時間", RefusedNow = "個案目前不接受此操作：", SignedOut = "您已登出（此工作階段已在別處結束）。",
        SignInAgain = "重新登入",
        Commands = new Dictionary<string, string>
        {
            ["rate"] = "代業主評價", ["confirm-resolution"] = "代業主確認完成", ["urge"] = "代業主催單",
            ["start"] = "開始處理", ["contact"] = "已聯絡業主", ["report-plan"] = "呈報處理方案", ["wait-for-owner"] = "等待業主",
            ["resume"] = "恢復處理", ["resolve"] = "處理完成", ["callback"] = "回訪", ["reopen"] = "重開個案", ["file-statement"] = "提交非責任說明",
            ["review-statement"] = "審核非責任說明", ["decide"] = "建議決定", ["close"] = "結案", ["transfer"] = "轉派項目",
            ["correct-category"] = "更正分類", ["raise-severity"] = "提高嚴重程度", ["raise-risk-warning"] = "提出風險紅色預警",
            ["confirm-plan"] = "確認處理方案", ["return-plan"] = "退回處理方案", ["confirm-category"] = "確認分類",
            ["answer-rating"] = "回覆評價", ["assign"] = "指派處理人", ["take"] = "領取個案", ["return"] = "退回個案",
        },
        Fields = new Dictionary<string, string>
        {
            ["overall"] = "整體（1–5）", ["speed"] = "速度（1–5）", ["attitude"] = "態度（1–5）", ["comment"] = "業主意見",
            ["note"] = "備註", ["department"] = "責任部門", ["plan"] = "處理方案", ["completionDueAt"] = "承諾完成時間", ["reason"] = "原因",
            ["followUpAt"] = "跟進時間", ["attempts"] = "聯絡次數", ["reached"] = "已聯絡上業主", ["rating"] = "評分（1–5）",
            ["severity"] = "嚴重程度", ["accepted"] = "接受", ["adopted"] = "採納", ["projectId"] = "轉往項目", ["category"] = "分類",
            ["handlerId"] = "處理人",
        },
        Severities = new Dictionary<string, string> { ["General"] = "一般", ["Serious"] = "嚴重" },
    };

    public static readonly TicketActionText Simplified = new()
    {
        Lang = ConsoleLanguage.Simplified, Yes = "是", No = "否", NotSaid = "（未填）", MustBeWholeNumber = "必须是整数",
        MustBeMoment = "必须是日期与时间", RefusedNow = "工单目前不接受此操作：", SignedOut = "您已登出（此会话已在别处结束）。",
        SignInAgain = "重新登录",
        Commands = new Dictionary<string, string>
        {
            ["rate"] = "代业主评价", ["confirm-resolution"] = "代业主确认完成", ["urge"] = "代业主催单",
            ["start"] = "开始处理", ["contact"] = "已联系业主", ["report-plan"] = "上报处理方案", ["wait-for-owner"] = "等待业主",
            ["resume"] = "恢复处理", ["resolve"] = "处理完成", ["callback"] = "回访", ["reopen"] = "重开工单", ["file-statement"] = "提交非责任说明",
            ["review-statement"] = "审核非责任说明", ["decide"] = "建议决定", ["close"] = "结案", ["transfer"] = "转派项目",
            ["correct-category"] = "更正分类", ["raise-severity"] = "提高严重程度", ["raise-risk-warning"] = "提出风险红色预警",
            ["confirm-plan"] = "确认处理方案", ["return-plan"] = "退回处理方案", ["confirm-category"] = "确认分类",
            ["answer-rating"] = "回复评价", ["assign"] = "指派处理人", ["take"] = "领取工单", ["return"] = "退回工单",
        },
        Fields = new Dictionary<string, string>
        {
            ["overall"] = "整体（1–5）", ["speed"] = "速度（1–5）", ["attitude"] = "态度（1–5）", ["comment"] = "业主意见",
            ["note"] = "备注", ["department"] = "责任部门", ["plan"] = "处理方案", ["completionDueAt"] = "承诺完成时间", ["reason"] = "原因",
            ["followUpAt"] = "跟进时间", ["attempts"] = "联系次数", ["reached"] = "已联系上业主", ["rating"] = "评分（1–5）",
            ["severity"] = "严重程度", ["accepted"] = "接受", ["adopted"] = "采纳", ["projectId"] = "转往项目", ["category"] = "分类",
            ["handlerId"] = "处理人",
        },
        Severities = new Dictionary<string, string> { ["General"] = "一般", ["Serious"] = "严重" },
    };

    public static readonly TicketActionText English = new()
    {
        Lang = ConsoleLanguage.English, Yes = "Yes", No = "No", NotSaid = "(not given)", MustBeWholeNumber = "must be a whole number",
        MustBeMoment = "must be a date and time", RefusedNow = "The ticket does not accept this now: ",
        SignedOut = "You are signed out (this session was ended elsewhere).", SignInAgain = "Sign in again",
        Commands = new Dictionary<string, string>
        {
            ["rate"] = "Rate for the owner", ["confirm-resolution"] = "Confirm for the owner", ["urge"] = "Urge for the owner",
            ["start"] = "Start handling", ["contact"] = "Owner contacted", ["report-plan"] = "Report the plan", ["wait-for-owner"] = "Wait for the owner",
            ["resume"] = "Resume handling", ["resolve"] = "Resolve", ["callback"] = "Callback", ["reopen"] = "Reopen", ["file-statement"] = "File a non-responsibility statement",
            ["review-statement"] = "Review the statement", ["decide"] = "Decide the suggestion", ["close"] = "Close", ["transfer"] = "Transfer to a project",
            ["correct-category"] = "Correct the category", ["raise-severity"] = "Raise the severity", ["raise-risk-warning"] = "Raise a red risk warning",
            ["confirm-plan"] = "Confirm the plan", ["return-plan"] = "Return the plan", ["confirm-category"] = "Confirm the category",
            ["answer-rating"] = "Answer the rating", ["assign"] = "Assign a handler", ["take"] = "Take the ticket", ["return"] = "Give the ticket back",
        },
        Fields = new Dictionary<string, string>
        {
            ["overall"] = "Overall (1–5)", ["speed"] = "Speed (1–5)", ["attitude"] = "Attitude (1–5)", ["comment"] = "Owner's comment",
            ["note"] = "Note", ["department"] = "Responsible department", ["plan"] = "Plan", ["completionDueAt"] = "Promised completion", ["reason"] = "Reason",
            ["followUpAt"] = "Follow up at", ["attempts"] = "Contact attempts", ["reached"] = "Owner reached", ["rating"] = "Rating (1–5)",
            ["severity"] = "Severity", ["accepted"] = "Accepted", ["adopted"] = "Adopted", ["projectId"] = "To project", ["category"] = "Category",
            ["handlerId"] = "Handler",
        },
        Severities = new Dictionary<string, string> { ["General"] = "General", ["Serious"] = "Serious" },
    };

    public static TicketActionText For(string lang) => ConsoleLanguage.Pick(lang, Traditional, Simplified, English);
}
