using System.Globalization;

namespace Hotline.WebConsole.Dashboard;

/// <summary>How the dashboards write their numbers (the same in every language): rates as percent with one decimal, points as the ledger holds them.</summary>
public static class DashboardFormat
{
    public static string Percent(double rate) => (rate * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>A share already in percent (the same-issue figures).</summary>
    public static string Share(double percent) => percent.ToString("0.##", CultureInfo.InvariantCulture) + "%";

    public static string Points(decimal points) => points.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Count(long count) => count.ToString(CultureInfo.InvariantCulture);

    /// <summary>A trend's week label: "W49" of "2026-W49".</summary>
    public static string Week(string key) => key.Length >= 3 ? key[^3..] : key;
}
