using System.Buffers;
using System.Text;

namespace Hotline.Tickets.Queries;

/// <summary>
/// A text's search pairs: the distinct pairs of adjacent characters of its lower-cased text, which
/// <c>ticket_list.search_bigrams</c> keeps for the text index (migration 0018). The database's
/// <c>ticket_search_bigrams</c> works them out too, but as a stored generated column it did so on every list write,
/// re-reading its SQL body each time (4 % of the machine while tickets registered, issue 14's profile); worked out here,
/// the write only stores them (migration 0038).
/// </summary>
internal static class SearchPairs
{
    /// <summary>
    /// The pairs as <c>ticket_search_bigrams</c> gives them, or null when only the database can tell: the text holds a
    /// letter outside ASCII that has a case (full-width Ａ, Ä, Ω), which the database's <c>lower()</c> folds or not by its
    /// locale, or is not valid UTF-16. ASCII capitals fold as <paramref name="capitalsLowered"/> says the database folds
    /// them (<see cref="DatabaseCaseFolding"/>: "I" to "ı" in a Turkish locale); when that is null, a text with one is
    /// left to the database too.
    /// </summary>
    public static string[]? Of(string text, string? capitalsLowered)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lowered = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            // Where each character starts, counted in characters as the database counts them (a pair may be four chars).
            var starts = new List<int>(text.Length + 1);
            for (var i = 0; i < text.Length;)
            {
                if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) != OperationStatus.Done
                    || (!rune.IsAscii && (Rune.ToLowerInvariant(rune) != rune || Rune.ToUpperInvariant(rune) != rune)))
                {
                    return null;
                }

                if (rune.Value is >= 'A' and <= 'Z')
                {
                    if (capitalsLowered is null)
                    {
                        return null;
                    }

                    lowered[i] = capitalsLowered[rune.Value - 'A'];
                }
                else
                {
                    text.AsSpan(i, used).CopyTo(lowered.AsSpan(i));
                }

                starts.Add(i);

                i += used;
            }

            starts.Add(text.Length);
            var pairs = new HashSet<string>(StringComparer.Ordinal);
            for (var k = 0; k + 2 < starts.Count; k++)
            {
                pairs.Add(new string(lowered, starts[k], starts[k + 2] - starts[k]));
            }

            return [.. pairs];
        }
        finally
        {
            ArrayPool<char>.Shared.Return(lowered);
        }
    }
}
