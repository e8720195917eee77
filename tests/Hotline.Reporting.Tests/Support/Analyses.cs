using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Reporting.Weeks;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hotline.Reporting.Tests.Support;

/// <summary>The weekly analysis and major complaints as QualityDept and the vice-president use them, over HTTP.</summary>
public static class Analyses
{
    public const string QualityStaff = "qd-staff";
    public const string VicePresident = "vp";

    /// <summary>The key of the report week whose period holds the fake clock's now, as the host's own calendar has it.</summary>
    public static string WeekOfNow(this HostFixture fixture) => ReportWeek.Containing(fixture.Clock.GetUtcNow(), fixture.Calendar()).Key;

    /// <summary>The report week after <paramref name="week"/>.</summary>
    public static string WeekAfter(this HostFixture fixture, string week) => ReportWeek.Of(week, fixture.Calendar()).Next(fixture.Calendar()).Key;

    /// <summary>The report week before <paramref name="week"/>.</summary>
    public static string WeekBefore(this HostFixture fixture, string week) => ReportWeek.Of(week, fixture.Calendar()).Previous(fixture.Calendar()).Key;

    /// <summary>The host's week calendar (due day, time, holidays): the weeks' rules are proven in ReportWeekTests, not worked out again here.</summary>
    public static WeekCalendar Calendar(this HostFixture fixture) => fixture.Host.App.Services.GetRequiredService<WeekCalendar>();

    /// <summary>A weekly summary row as the weekly summaries write it (their table, migration 0030), with the fields the analysis reads.</summary>
    public static async Task Summary(this ReportingFixture fixture, string project, string week, int version, bool late, bool replaced, DateTimeOffset? signedAt)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            insert into weekly_summaries (project_id, branch_id, week, version, period_from, period_to, due_at, drafted_at, status, late, signed_at, replaced, content, content_sha256)
            values (@project, 'north', @week, @version, @now, @now, @now, @now, @status, @late, @signed_at, @replaced, '{}', @sha)
            """, connection);
        command.Parameters.AddWithValue("project", project);
        command.Parameters.AddWithValue("week", week);
        command.Parameters.AddWithValue("version", version);
        command.Parameters.AddWithValue("now", fixture.Clock.GetUtcNow());
        command.Parameters.AddWithValue("status", signedAt is null ? "Draft" : "Signed");
        command.Parameters.AddWithValue("late", late);
        command.Parameters.AddWithValue("signed_at", (object?)signedAt ?? DBNull.Value);
        command.Parameters.AddWithValue("replaced", replaced);
        command.Parameters.AddWithValue("sha", new string('0', 64));
        await command.ExecuteNonQueryAsync();
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
}
