namespace Hotline.Reporting.Contracts.Sheets;

/// <summary>
/// The one table of the names reports give categories (A10.1.1, the category plugins' display names) and channels (A2,
/// the regulation's glossary): the exports write the Traditional name, the console shows the reader's language.
/// </summary>
public static class ReportNames
{
    public static readonly IReadOnlyList<ReportName> All =
    [
        // Categories
        new("customer-service", "客戶服務", "客户服务", "Customer service"),
        new("engineering", "工程維修", "工程维修", "Engineering maintenance"),
        new("security", "秩序維護", "秩序维护", "Order maintenance"),
        new("cleaning", "清潔", "清洁", "Cleaning"),
        new("landscaping", "綠化", "绿化", "Landscaping"),
        new("other", "其他", "其他", "Other"),

        // Channels
        new("call-center", "客服平臺400投訴", "客服平台400投诉", "400 complaint hotline"),
        new("gm-sms", "總經理短信平臺", "总经理短信平台", "General manager's SMS line"),
        new("web", "網上客服系統", "网上客服系统", "Online customer-service system"),
        new("chat", "線上聊天", "线上聊天", "Online chat"),
    ];
}
