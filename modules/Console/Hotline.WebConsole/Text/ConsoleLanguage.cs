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

    public static ConsoleText Text(string? code) => Pick(code, ConsoleTexts.Traditional, ConsoleTexts.Simplified, ConsoleTexts.English);

    /// <summary>
    /// The one choice of a string table by language, for the console's table and each page's own: an unknown code gets
    /// the default, whichever table asks (why one method: seven copies of this switch had drifted in whether they normalised the code).
    /// </summary>
    public static T Pick<T>(string? code, T traditional, T simplified, T english) => Of(code) switch
    {
        Simplified => simplified,
        English => english,
        _ => traditional,
    };
}
