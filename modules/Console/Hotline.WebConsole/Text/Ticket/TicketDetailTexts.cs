namespace Hotline.WebConsole.Text.Ticket;

/// <summary>The owner contact's and photos' words, each language built whole (a missing member is a compile error).</summary>
public static class TicketDetailTexts
{
    public static readonly TicketDetailText Traditional = new()
    {
        ShowWholeContact = "顯示完整聯絡方式", Audited = "此次查看已記入隱私稽核紀錄。", NoContact = "此個案登記時沒有業主聯絡方式。",
        AuditUnavailable = "隱私稽核紀錄暫時無法寫入，因此不顯示完整聯絡方式；請稍後再試。", Photos = "相片", PhotoAlt = "個案相片 {0}",
    };

    public static readonly TicketDetailText Simplified = new()
    {
        ShowWholeContact = "显示完整联系方式", Audited = "此次查看已记入隐私稽核记录。", NoContact = "此工单登记时没有业主联系方式。",
        AuditUnavailable = "隐私稽核记录暂时无法写入，因此不显示完整联系方式；请稍后再试。", Photos = "照片", PhotoAlt = "工单照片 {0}",
    };

    public static readonly TicketDetailText English = new()
    {
        ShowWholeContact = "Show whole contact", Audited = "This view is recorded in the privacy audit log.",
        NoContact = "The ticket was registered without an owner contact.",
        AuditUnavailable = "The privacy audit log cannot be written now, so the whole contact is not shown; try again.", Photos = "Photos",
        PhotoAlt = "Ticket photo {0}",
    };

    public static TicketDetailText For(string lang) => ConsoleLanguage.Pick(lang, Traditional, Simplified, English);
}
