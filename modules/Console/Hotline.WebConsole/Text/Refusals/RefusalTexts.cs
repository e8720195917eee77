using Hotline.Escalation.Contracts;
using Hotline.Tickets.Contracts;

namespace Hotline.WebConsole.Text.Refusals;

/// <summary>The refusals' words: Traditional Chinese (default), Simplified Chinese, English, each built whole.</summary>
public static class RefusalTexts
{
    public static readonly RefusalText Traditional = new()
    {
        Lang = ConsoleLanguage.Traditional, EnglishDetail = "系統原文（英文）", Unexplained = "系統未說明原因。",
        Tickets = new Dictionary<RefusalReason, string>
        {
            [RefusalReason.NotFound] = "找不到此個案。",
            [RefusalReason.StateDoesNotAllow] = "個案目前的狀態不允許此操作。",
            [RefusalReason.WindowClosed] = "此操作的期限已過。",
            [RefusalReason.HistoryFull] = "個案紀錄已達上限：請完成此個案，新事項請另行登記。",
            [RefusalReason.TooSoon] = "太快了：請稍後再試。",
            [RefusalReason.InvalidField] = "有欄位不正確。",
            [RefusalReason.AlreadyRegistered] = "此個案已經登記。",
            [RefusalReason.AlreadyTaken] = "已有其他處理人接手此個案。",
            [RefusalReason.ProjectUnknown] = "組織中沒有此個案的項目。",
            [RefusalReason.NotFromPool] = "此項目不採用搶單，個案不能自行領取。",
            [RefusalReason.HandlerAtCap] = "處理人手上的未結個案已達項目上限。",
            [RefusalReason.HandlerNotAdmitted] = "此處理人現在不能承接此個案（非本項目處理人、不在班或不處理此類別）。",
            [RefusalReason.StaffAnswersRatings] = "評價由員工回覆，業主不能回覆。",
            [RefusalReason.RedWarningLive] = "此個案已有生效中的紅色預警；駁回後才能再發風險預警。",
            [RefusalReason.NotTheOwner] = "傳送者不是此個案的業主。",
        },
        Warnings = new Dictionary<WarningRefusalReason, string>
        {
            [WarningRefusalReason.NotFound] = "找不到此預警。",
            [WarningRefusalReason.InvalidField] = "有欄位不正確。",
            [WarningRefusalReason.StateDoesNotAllow] = "預警目前的狀態不允許此操作。",
            [WarningRefusalReason.WrongRole] = "此級別的預警不由您的角色處理。",
            [WarningRefusalReason.NotRoutedToYou] = "此預警沒有通知您，不能由您回覆。",
            [WarningRefusalReason.OtherVerifierPending] = "您的角色已處理過，正等候另一位核實人。",
        },
    };

    public static readonly RefusalText Simplified = new()
    {
        Lang = ConsoleLanguage.Simplified, EnglishDetail = "系统原文（英文）", Unexplained = "系统未说明原因。",
        Tickets = new Dictionary<RefusalReason, string>
        {
            [RefusalReason.NotFound] = "找不到此工单。",
            [RefusalReason.StateDoesNotAllow] = "工单目前的状态不允许此操作。",
            [RefusalReason.WindowClosed] = "此操作的期限已过。",
            [RefusalReason.HistoryFull] = "工单记录已达上限：请完成此工单，新事项请另行登记。",
            [RefusalReason.TooSoon] = "太快了：请稍后再试。",
            [RefusalReason.InvalidField] = "有字段不正确。",
            [RefusalReason.AlreadyRegistered] = "此工单已经登记。",
            [RefusalReason.AlreadyTaken] = "已有其他处理人接手此工单。",
            [RefusalReason.ProjectUnknown] = "组织中没有此工单的项目。",
            [RefusalReason.NotFromPool] = "此项目不采用抢单，工单不能自行领取。",
            [RefusalReason.HandlerAtCap] = "处理人手上的未结工单已达项目上限。",
            [RefusalReason.HandlerNotAdmitted] = "此处理人现在不能承接此工单（非本项目处理人、不在班或不处理此类别）。",
            [RefusalReason.StaffAnswersRatings] = "评价由员工回复，业主不能回复。",
            [RefusalReason.RedWarningLive] = "此工单已有生效中的红色预警；驳回后才能再发风险预警。",
            [RefusalReason.NotTheOwner] = "发送者不是此工单的业主。",
        },
        Warnings = new Dictionary<WarningRefusalReason, string>
        {
            [WarningRefusalReason.NotFound] = "找不到此预警。",
            [WarningRefusalReason.InvalidField] = "有字段不正确。",
            [WarningRefusalReason.StateDoesNotAllow] = "预警目前的状态不允许此操作。",
            [WarningRefusalReason.WrongRole] = "此级别的预警不由您的角色处理。",
            [WarningRefusalReason.NotRoutedToYou] = "此预警没有通知您，不能由您回复。",
            [WarningRefusalReason.OtherVerifierPending] = "您的角色已处理过，正等候另一位核实人。",
        },
    };

    public static readonly RefusalText English = new()
    {
        Lang = ConsoleLanguage.English, EnglishDetail = "The system's words", Unexplained = "No reason was given.",
        Tickets = new Dictionary<RefusalReason, string>
        {
            [RefusalReason.NotFound] = "There is no such ticket.",
            [RefusalReason.StateDoesNotAllow] = "The ticket's state does not allow this now.",
            [RefusalReason.WindowClosed] = "The time for this has passed.",
            [RefusalReason.HistoryFull] = "The ticket's history is full: finish this ticket and register a new one for a new matter.",
            [RefusalReason.TooSoon] = "Too soon: try again later.",
            [RefusalReason.InvalidField] = "A field is not right.",
            [RefusalReason.AlreadyRegistered] = "This ticket is already registered.",
            [RefusalReason.AlreadyTaken] = "Another handler has taken this ticket.",
            [RefusalReason.ProjectUnknown] = "The ticket's project is unknown to the organisation.",
            [RefusalReason.NotFromPool] = "This project does not dispatch from a pool: its tickets are not taken.",
            [RefusalReason.HandlerAtCap] = "The handler holds as many open tickets as the project allows.",
            [RefusalReason.HandlerNotAdmitted] = "This handler may not hold the ticket now (not the project's, off duty, or another category).",
            [RefusalReason.StaffAnswersRatings] = "Ratings are answered by staff, not by an owner.",
            [RefusalReason.RedWarningLive] = "A red warning is live on this ticket; a new risk warning waits until it is dismissed.",
            [RefusalReason.NotTheOwner] = "The sender is not this ticket's owner.",
        },
        Warnings = new Dictionary<WarningRefusalReason, string>
        {
            [WarningRefusalReason.NotFound] = "There is no such warning.",
            [WarningRefusalReason.InvalidField] = "A field is not right.",
            [WarningRefusalReason.StateDoesNotAllow] = "The warning's status does not allow this now.",
            [WarningRefusalReason.WrongRole] = "A warning of this level is not your role's to handle.",
            [WarningRefusalReason.NotRoutedToYou] = "The warning was not routed to you, so you cannot answer it.",
            [WarningRefusalReason.OtherVerifierPending] = "Your role has acted already; the warning waits for its other verifier.",
        },
    };

    /// <summary>The table of the console's current language.</summary>
    public static RefusalText For(string lang) => ConsoleLanguage.Pick(lang, Traditional, Simplified, English);
}
