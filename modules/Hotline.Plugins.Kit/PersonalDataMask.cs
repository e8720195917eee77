using Hotline.Plugins.Abstractions;
using System.Globalization;
using System.Text;

namespace Hotline.Plugins.Kit;

/// <summary>
/// How personal data shows wherever it is not needed whole (lists, exports, audit entries, logs of modules and plugins). A phone number keeps
/// its first 3 and last 4 digits ("138****1234"), and only its last 2 when it has fewer than 11 (so at least
/// half stays hidden); separators stay. A name keeps its first character ("張**"); a one-character name is "*".
/// </summary>
public static class PersonalDataMask
{
    public const char Hidden = '*';
    private const int FullNumberDigits = 11;
    private const int ShortNumberDigits = 6;

    /// <summary>The masked phone number; null for null or blank.</summary>
    public static string? Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var value = phone.Trim();
        var symbols = value.Count(char.IsLetterOrDigit);
        var (head, tail) = symbols >= FullNumberDigits ? (3, 4) : symbols >= ShortNumberDigits ? (0, 2) : (0, 0);
        var masked = new StringBuilder(value.Length);
        var index = 0;
        foreach (var c in value)
        {
            if (!char.IsLetterOrDigit(c))
            {
                masked.Append(c);
                continue;
            }

            masked.Append(index < head || index >= symbols - tail ? c : Hidden);
            index++;
        }

        return masked.ToString();
    }

    /// <summary>The masked name, by text element (a character as the reader sees it); null for null or blank.</summary>
    public static string? Name(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var elements = StringInfo.GetTextElementEnumerator(name.Trim());
        var masked = new StringBuilder();
        var first = true;
        var count = 0;
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            masked.Append(first || string.IsNullOrWhiteSpace(element) ? element : Hidden.ToString());
            first = false;
            count++;
        }

        return count == 1 ? Hidden.ToString() : masked.ToString();
    }
}
