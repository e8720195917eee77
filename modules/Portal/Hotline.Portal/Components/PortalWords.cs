using Hotline.Tickets.Contracts;

namespace Hotline.Portal.Components;

/// <summary>How the portal names things to owners (Traditional Chinese) and shows times (Asia/Shanghai).</summary>
public static class PortalWords
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static string Kind(TicketKind kind) => kind switch
    {
        TicketKind.Complaint => "投訴",
        TicketKind.Repair => "報修",
        TicketKind.Suggestion => "建議",
        _ => kind.ToString(),
    };

    public static string Status(TicketStatus status) => status switch
    {
        TicketStatus.Dispatched => "已受理，已派交管理處",
        TicketStatus.Started => "管理處處理中",
        TicketStatus.Contacted => "已聯繫您，正在擬定處理方案",
        TicketStatus.InProgress => "按處理方案跟進中",
        TicketStatus.Resolved => "已處理，待客服回訪",
        TicketStatus.Closed => "已結案",
        TicketStatus.Invalid => "經核實不屬本公司責任",
        _ => status.ToString(),
    };

    /// <summary>
    /// The sentence shown when the ticket grain accepts none of the owner's actions now; which forms show is the grain's
    /// answer, this only words the reason by status (a closed complaint past its reopen window, a suggestion answered, ...).
    /// </summary>
    public static string NoActionNow(Ticket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ticket.Status switch
        {
            TicketStatus.Closed when ticket.Kind == TicketKind.Suggestion => "此建議已回覆並結案，目前沒有可進行的操作。",
            TicketStatus.Closed => "此個案已結案，重開期限已過。",
            TicketStatus.Invalid => "此個案經核實不屬本公司責任，處理已結束。",
            TicketStatus.Resolved => "個案已處理，待客服回訪，目前毋須您進行操作。",
            _ => "管理處正在跟進，目前沒有可進行的操作。",
        };
    }

    /// <summary>The timeline steps an owner is told of; internal steps (warnings, statements, category work) are left out.</summary>
    public static string? Step(string action) => action switch
    {
        "register" => "已收到並登記",
        "start" => "管理處開始處理",
        "contact" => "管理處已聯繫您",
        "confirm-plan" => "處理方案已確認",
        "wait-for-owner" => "等候您的回覆",
        "resume" => "繼續處理",
        "resolve" => "已處理完成",
        "decide" => "建議已回覆",
        "callback" => "客服回訪",
        "reopen" => "重新處理",
        "close" => "已結案",
        "transfer" => "已轉交負責的管理處",
        "urge" => "您已催單",
        "confirm-resolution" => "您已確認處理結果",
        "rate" => "您已評分",
        "answer-rating" => "管理處已回覆您的評分",
        _ => null,
    };

    public static string Time(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Shanghai).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Shanghai).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
