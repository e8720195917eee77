namespace Hotline.WebConsole.Text;

/// <summary>The console's languages: Traditional Chinese first (the regulation's), Simplified, English; kept in a cookie.</summary>
public static class ConsoleLanguage
{
    public const string CookieName = "hotline.console.lang";
    public const string Traditional = "zh-Hant";
    public const string Simplified = "zh-Hans";
    public const string English = "en";

    public static readonly string[] All = [Traditional, Simplified, English];

    /// <summary>A known language code, else the default (Traditional Chinese).</summary>
    public static string Of(string? code) => All.FirstOrDefault(l => string.Equals(l, code, StringComparison.OrdinalIgnoreCase)) ?? Traditional;

    public static ConsoleText Text(string? code) => Of(code) switch
    {
        Simplified => ConsoleTexts.Simplified,
        English => ConsoleTexts.English,
        _ => ConsoleTexts.Traditional,
    };
}
