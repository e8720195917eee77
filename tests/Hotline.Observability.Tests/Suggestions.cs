using Hotline.TestKit;

namespace Hotline.Observability.Tests;

/// <summary>
/// A suggestion by the call center. The tracing and log tests register these: their only clock (the reply) is days
/// ahead, so they never tick while <see cref="MetricsScrapeTests"/> moves the shared clock by minutes and counts ticks.
/// </summary>
public static class Suggestions
{
    public static object New(string text) =>
        new { requestId = Guid.NewGuid().ToString("N"), kind = "Suggestion", projectId = Demo.Sunrise, text };
}
