using Hotline.Tickets.Contracts;

namespace Hotline.Channels.Inbound;

/// <summary>
/// A2: what kind of ticket an owner's free-text message is, by simple keywords (documented in README): a suggestion
/// when it proposes (建议, 提议, 希望能, 意见, 能否, 可否, 最好); a repair when it reports something broken (报修, 维修,
/// 修理, 坏了, 损坏, 漏水, 渗水, 堵塞, 不亮, 故障); else a complaint. The liaison corrects the category on receipt as for any ticket.
/// </summary>
public static class TicketKindClassifier
{
    private static readonly string[] SuggestionWords = ["建议", "提议", "希望能", "意见", "能否", "可否", "最好"];
    private static readonly string[] RepairWords = ["报修", "维修", "修理", "坏了", "损坏", "漏水", "渗水", "堵塞", "不亮", "故障"];

    public static TicketKind Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A report of damage wins over polite phrasing ("能否尽快维修" is a repair, not a suggestion).
        if (RepairWords.Any(word => text.Contains(word, StringComparison.Ordinal)))
        {
            return TicketKind.Repair;
        }

        return SuggestionWords.Any(word => text.Contains(word, StringComparison.Ordinal)) ? TicketKind.Suggestion : TicketKind.Complaint;
    }
}
