using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;

namespace Hotline.Browser.Tests.Console.Dashboard;

/// <summary>What the dashboard tests arrange and compare through the API: tickets of p-harbour, a verified warning, /api/scores.</summary>
internal static class DashboardApi
{
    public const string Harbour = "p-harbour";

    public static object HarbourComplaint(string household, Guid? repeatOf = null) => new
    {
        requestId = Guid.NewGuid().ToString("N"), kind = "Complaint", projectId = Harbour, text = $"I13 儀表板 {household}", location = "5號樓",
        household, repeatOf,
    };

    public static async Task Start(HttpClient liaison, Guid ticket) =>
        (await liaison.PostAsJsonAsync($"/api/tickets/{ticket}/start", new { requestId = $"start-{ticket:N}" })).EnsureSuccessStatusCode();

    public static async Task Verify(HttpClient supervisor, Guid warning) =>
        (await supervisor.PostAsJsonAsync($"/api/warnings/{warning}/verify", new { })).EnsureSuccessStatusCode();

    /// <summary>GET /api/scores for the month: QualityDept's item (every branch) and each branch's points, as the dashboard writes them.</summary>
    public static async Task<(string Company, Dictionary<string, string> Branches)> Scores(HttpClient quality, string month)
    {
        var scores = await quality.GetFromJsonAsync<JsonElement>($"/api/scores?month={month}", TicketApi.Json);
        var branches = scores.GetProperty("branches").EnumerateArray()
            .ToDictionary(b => b.GetProperty("branchId").GetString()!, b => Points(b.GetProperty("points").GetDecimal()));
        return (Points(scores.GetProperty("qualityDept").GetProperty("points").GetDecimal()), branches);
    }

    private static string Points(decimal points) => points.ToString("0.##", CultureInfo.InvariantCulture);
}
