using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;

namespace Hotline.Reporting.Tests.Support;

/// <summary>The weekly analysis and major complaints as QualityDept and the vice-president use them, over HTTP.</summary>
public static class Analyses
{
    public const string QualityStaff = "qd-staff";
    public const string VicePresident = "vp";

    /// <summary>
    /// The report week holding the fake clock's now, worked out here: a week runs from one Friday 00:00 (business time)
    /// to the next, and its key is the ISO week of the Friday it ends on (no holidays are configured in the tests).
    /// </summary>
    public static string WeekOfNow(this ReportingFixture fixture)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fixture.Clock.GetUtcNow(), Demo.Zone).DateTime);
        var due = today.AddDays(1);
        while (due.DayOfWeek != DayOfWeek.Friday)
        {
            due = due.AddDays(1);
        }

        return Key(due);
    }

    /// <summary>The week after <paramref name="week"/>: its Friday a week later.</summary>
    public static string WeekAfter(string week)
    {
        var friday = DateOnly.FromDateTime(ISOWeek.ToDateTime(int.Parse(week[..4], CultureInfo.InvariantCulture), int.Parse(week[6..], CultureInfo.InvariantCulture), DayOfWeek.Friday));
        return Key(friday.AddDays(7));
    }

    public static async Task<JsonElement> Analysis(this ReportingFixture fixture, string week, string person = QualityStaff, string query = "")
    {
        using var response = await fixture.Host.ClientAs(person).GetAsync($"/api/reports/weekly-analyses/{week}{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The row named <paramref name="name"/> of one of the analysis' lists, or null when it has none.</summary>
    public static JsonElement? Row(this JsonElement view, string list, string name, string key = "name") =>
        view.GetProperty("analysis").GetProperty(list).EnumerateArray()
            .Where(r => r.GetProperty(key).ValueKind == JsonValueKind.String && r.GetProperty(key).GetString() == name)
            .Select(r => (JsonElement?)r).SingleOrDefault();

    public static long Long(this JsonElement? row, string property) => row is { } r ? r.GetProperty(property).GetInt64() : 0;

    /// <summary>The items of one kind in a person's inbox (newest first), read as that person.</summary>
    public static async Task<List<JsonElement>> Inbox(this ReportingFixture fixture, string person, string kind)
    {
        var page = await fixture.Host.ClientAs(person).GetFromJsonAsync<JsonElement>($"/api/inbox?kind={kind}&limit=200");
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    private static string Key(DateOnly friday)
    {
        var day = friday.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}");
    }
}
