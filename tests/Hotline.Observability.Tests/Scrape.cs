using System.Globalization;
using System.Net;

namespace Hotline.Observability.Tests;

/// <summary>One Prometheus text exposition, read as "series → value" (a series is the name with its labels as printed).</summary>
public sealed class Scrape(string text)
{
    public string Text { get; } = text;

    public static async Task<Scrape> Read(HttpClient client)
    {
        using var response = await client.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new Scrape(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The value of the series named <paramref name="name"/> whose labels include every one of <paramref name="labels"/>; 0 when none is printed yet.</summary>
    public double Value(string name, params string[] labels)
    {
        var values = Values(name, labels);
        Assert.True(values.Count <= 1, $"{values.Count} series of {name} match {string.Join(",", labels)}");
        return values.SingleOrDefault();
    }

    /// <summary>The sum over every series of <paramref name="name"/> (all label values).</summary>
    public double Total(string name) => Values(name, []).Sum();

    private List<double> Values(string name, string[] labels) => [.. Text.Split('\n')
        .Where(l => l.StartsWith(name + "{", StringComparison.Ordinal) || l.StartsWith(name + " ", StringComparison.Ordinal))
        .Where(l => labels.All(label => l.Contains(label, StringComparison.Ordinal)))
        .Select(l => double.Parse((l.Contains('}') ? l[(l.LastIndexOf('}') + 1)..] : l[name.Length..]).Trim().Split(' ')[0], CultureInfo.InvariantCulture))];

    public override string ToString() => Text;
}
