using System.Globalization;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Grains;

/// <summary>
/// What the owner reads, in Traditional Chinese as the regulation is written. A message is its opening (naming the
/// tracking number) and a tail fixed when the event happened. The texts people typed (a note, a reason, a reply) are
/// clipped so the whole message fits two SMS (2 × 67 UCS-2 characters): the owner can always ask for the rest.
/// </summary>
internal static class OwnerNoticeTexts
{
    /// <summary>At most this many characters of one typed text; the longest message (a rejected suggestion) stays under 134.</summary>
    internal const int PartLength = 50;

    public static string Opening(OwnerNoticeEvent e, TicketKind kind, string number) => e switch
    {
        OwnerNoticeEvent.Received => $"您的{KindName(kind)}已受理，編號{number}",
        OwnerNoticeEvent.SuggestionDecided => $"您的建議（編號{number}）",
        _ => $"工單{number}",
    };

    public static string Received() => "，可憑編號查詢進度。";

    public static string PlanConfirmed(DateTimeOffset completionDue, TimeZoneInfo zone) =>
        $"：處理方案已確認，預計{TimeZoneInfo.ConvertTime(completionDue, zone).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture)}前完成。";

    public static string Resolved(string? note) => string.IsNullOrWhiteSpace(note) ? "已處理完成。" : $"已處理完成：{Clip(note)}";

    public static string Decided(SuggestionDecision decision) => decision.Adopted
        ? $"已獲採納。回覆：{Clip(decision.Reply)}"
        : $"未獲採納，原因：{Clip(decision.Reason)}。回覆：{Clip(decision.Reply)}";

    public static string FoundInvalid(string? reason) => $"經審核不屬物業公司責任，列為無效投訴。原因：{Clip(reason)}";

    public static string Reopened() => "已重新開啟，我們將繼續處理。";

    private static string KindName(TicketKind kind) => kind switch
    {
        TicketKind.Repair => "報修",
        TicketKind.Suggestion => "建議",
        _ => "投訴",
    };

    private static string Clip(string? text)
    {
        var trimmed = (text ?? "").Trim();
        return trimmed.Length <= PartLength ? trimmed : string.Concat(trimmed.AsSpan(0, PartLength - 1), "…");
    }
}
