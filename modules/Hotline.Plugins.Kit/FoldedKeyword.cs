using Hotline.Plugins.Abstractions;
namespace Hotline.Plugins.Kit;

/// <summary>A keyword as its author wrote it, its folded form and its weight.</summary>
internal sealed record FoldedKeyword(string Declared, string Folded, double Weight)
{
    // Words just before a serious keyword that say it did not happen: 没有人受伤, 无人被困, 未起火.
    private static readonly string[] Negations = ["没有人", "没有", "没人", "无人", "并未", "未", "没", "不会"];

    public static FoldedKeyword[] FoldAll(IEnumerable<KeyValuePair<string, double>> weighted) =>
        weighted
            .Select(pair => new FoldedKeyword(pair.Key, ChineseText.Fold(pair.Key).Trim(), pair.Value))
            .Where(keyword => keyword.Folded.Length > 0 && keyword.Weight > 0)
            .GroupBy(keyword => keyword.Folded, StringComparer.Ordinal)
            .Select(same => same.MaxBy(keyword => keyword.Weight)!)
            .ToArray();

    public static FoldedKeyword[] FoldAll(IEnumerable<string> words) =>
        FoldAll(words.Select(word => KeyValuePair.Create(word, 1.0)));

    public bool IsIn(string foldedText) => foldedText.Contains(Folded, StringComparison.Ordinal);

    /// <summary>True when the word occurs at least once without a negation right before it.</summary>
    public bool IsAffirmedIn(string foldedText)
    {
        for (var at = foldedText.IndexOf(Folded, StringComparison.Ordinal);
             at >= 0;
             at = foldedText.IndexOf(Folded, at + 1, StringComparison.Ordinal))
        {
            var before = foldedText[..at].TrimEnd();
            if (!Negations.Any(negation => before.EndsWith(negation, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
