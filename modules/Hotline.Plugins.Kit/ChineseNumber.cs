using Hotline.Plugins.Abstractions;
namespace Hotline.Plugins.Kit;

/// <summary>Reads building numbers written as digits or Chinese numerals (三, 十二, 二十三, 一〇五).</summary>
internal static class ChineseNumber
{
    private const string Digits = "零一二三四五六七八九";

    public static bool TryParse(string text, out int value)
    {
        if (int.TryParse(text, out value))
        {
            return true;
        }

        value = 0;
        if (text.Length == 0)
        {
            return false;
        }

        return text.Contains('十') || text.Contains('百')
            ? TryParseWithUnits(text, out value)
            : TryParsePositional(text, out value);
    }

    // 二十三 = 2×10 + 3; a leading 十 means 1×10.
    private static bool TryParseWithUnits(string text, out int value)
    {
        int total = 0, pending = 0;
        value = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '十':
                    total += (pending == 0 ? 1 : pending) * 10;
                    pending = 0;
                    break;
                case '百':
                    total += (pending == 0 ? 1 : pending) * 100;
                    pending = 0;
                    break;
                default:
                    var digit = DigitOf(c);
                    if (digit < 0)
                    {
                        return false;
                    }

                    pending = digit;
                    break;
            }
        }

        value = total + pending;
        return true;
    }

    // 一〇五 = 105: each numeral is one decimal digit.
    private static bool TryParsePositional(string text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            var digit = DigitOf(c);
            if (digit < 0)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    private static int DigitOf(char c) => c == '〇' ? 0 : Digits.IndexOf(c);
}
