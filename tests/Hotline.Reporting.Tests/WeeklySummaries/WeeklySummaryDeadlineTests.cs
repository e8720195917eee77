using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Reporting.Tests.Support;
using Hotline.Reporting.WeeklySummaries;
using Hotline.TestKit;

namespace Hotline.Reporting.Tests.WeeklySummaries;

/// <summary>
/// A10.1.3.4's deadline as a reminder, with the fake clock over a Friday that is a holiday: week 49 is drafted at the
/// start of Thursday 2026-12-03 and due that Thursday at 17:00 (UTC+8, so 09:00 UTC); a summary not fully signed then is
/// late, QualityDept sees it, and the missing signers are told.
/// </summary>
[Collection(HolidayFridayCollection.Name)]
public sealed class WeeklySummaryDeadlineTests(HolidayFridayFixture fixture)
{
    private const string Week = HolidayFridayFixture.Week;
    private static readonly DateTimeOffset DraftAt = new(2026, 12, 2, 16, 0, 0, TimeSpan.Zero);   // Thursday 00:00 Shanghai
    private static readonly DateTimeOffset DueAt = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);      // Thursday 17:00 Shanghai

    private HotlineTestHost Host => fixture.Host;

    [Fact]
    public async Task A10_1_3_4_HolidayFriday_DueMovesToThursday1700_UnsignedSummariesAreLateAndMissingSignersAreTold()
    {
        var tick = WeeklySummaryWeekGrain.TickKey(Week);
        // The schedule (started with the host) registered the week's reminder: only then may the clock move past it.
        await WeekReminderRegistered();

        fixture.Clock.Advance(DraftAt.AddSeconds(30) - fixture.Clock.GetUtcNow());
        await TickProcessed(tick, DraftAt);

        var drafted = await Host.Summary(Demo.Sunrise, Week);
        Assert.Equal("Draft", drafted.Status());
        Assert.Equal(DueAt, drafted.GetProperty("dueAt").GetDateTimeOffset());
        Assert.False(drafted.GetProperty("current").GetProperty("late").GetBoolean());
        Assert.Contains($"weekly-summary/{Demo.Sunrise}/{Week}/v1/WeeklySummaryToSign", await Host.Inbox(Demo.SunriseManager, "WeeklySummaryToSign"));
        // p-sunrise's manager signs in time; its branch head does not. p-riverside is signed by nobody.
        Assert.Equal("ManagerSigned", (await Host.Sign(Demo.SunriseManager, Demo.Sunrise, Week, drafted.Hash())).Body.Status());
        Assert.Empty(await Late());

        fixture.Clock.Advance(DueAt.AddSeconds(30) - fixture.Clock.GetUtcNow());
        await TickProcessed(tick, DueAt);

        var sunrise = await Host.Summary(Demo.Sunrise, Week);
        Assert.True(sunrise.GetProperty("current").GetProperty("late").GetBoolean());
        Assert.Equal("ManagerSigned", sunrise.Status());
        var late = await Late();
        Assert.Contains(late, s => s.GetProperty("projectId").GetString() == Demo.Sunrise
            && s.GetProperty("missingSigners").EnumerateArray().Select(m => m.GetProperty("role").GetString()).SequenceEqual(["BranchHead"]));
        Assert.Contains(late, s => s.GetProperty("projectId").GetString() == "p-riverside"
            && s.GetProperty("missingSigners").EnumerateArray().Select(m => m.GetProperty("role").GetString()).SequenceEqual(["ProjectManager", "BranchHead"]));

        Assert.Contains($"weekly-summary/{Demo.Sunrise}/{Week}/v1/WeeklySummaryLate", await Host.Inbox(Demo.NorthHead, "WeeklySummaryLate"));
        Assert.Contains($"weekly-summary/p-riverside/{Week}/v1/WeeklySummaryLate", await Host.Inbox(Demo.NorthHead, "WeeklySummaryLate"));
        Assert.Contains($"weekly-summary/p-riverside/{Week}/v1/WeeklySummaryLate", await Host.Inbox(Summaries.RiversideManager, "WeeklySummaryLate"));
        // The manager who signed in time is not told.
        Assert.DoesNotContain(await Host.Inbox(Demo.SunriseManager, "WeeklySummaryLate"), id => id.Contains($"/{Demo.Sunrise}/", StringComparison.Ordinal));

        // A branch head's list (no scope asked) is their own branch's.
        var north = await Host.ClientAs(Demo.NorthHead).GetFromJsonAsync<JsonElement>($"/api/reports/weekly-summaries?week={Week}");
        var south = await Host.ClientAs(Demo.SouthHead).GetFromJsonAsync<JsonElement>($"/api/reports/weekly-summaries?week={Week}");
        Assert.Equal(["p-riverside", Demo.Sunrise], north.EnumerateArray().Select(s => s.GetProperty("projectId").GetString()).Order());
        Assert.Equal(["p-greenhill", "p-harbour"], south.EnumerateArray().Select(s => s.GetProperty("projectId").GetString()).Order());

        // Signed after the deadline it stays late (counted in the month's bulletin).
        Assert.Equal("Signed", (await Host.Sign(Demo.NorthHead, Demo.Sunrise, Week, sunrise.Hash())).Body.Status());
        Assert.True((await Host.Summary(Demo.Sunrise, Week)).GetProperty("current").GetProperty("late").GetBoolean());
    }

    private async Task<List<JsonElement>> Late()
    {
        var list = await Host.ClientAs(Summaries.QualityHead).GetFromJsonAsync<JsonElement>($"/api/reports/weekly-summaries?week={Week}&late=true");
        return [.. list.EnumerateArray()];
    }

    /// <summary>
    /// Waits for the week's tick at or after <paramref name="at"/>. A reminder due days ahead is not held in memory
    /// (Orleans loads the next 10 minutes' ticks, re-reading storage every 5 minutes), so after a jump the clock must keep
    /// moving for the reloaded reminder's next tick: small steps until the tick's processing is reported.
    /// </summary>
    private async Task TickProcessed(Guid tick, DateTimeOffset at)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (true)
        {
            try
            {
                await Host.Ticks.Processed(tick, at, TimeSpan.FromMilliseconds(500));
                return;
            }
            catch (TimeoutException) when (DateTime.UtcNow < deadline)
            {
                fixture.Clock.Advance(TimeSpan.FromSeconds(20));
            }
        }
    }

    private async Task WeekReminderRegistered()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            await using var connection = new Npgsql.NpgsqlConnection(fixture.ConnectionString);
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand(
                "select count(*) from orleans_reminders where serviceid = $1 and grainid like '%' || $2 and remindername = 'weekly-summary'", connection);
            command.Parameters.AddWithValue(fixture.ServiceId);
            command.Parameters.AddWithValue(Week);
            if ((long)(await command.ExecuteScalarAsync())! > 0)
                return;
            Assert.True(DateTime.UtcNow < deadline, $"the schedule did not register {Week}'s reminder");
            await Task.Delay(100);
        }
    }
}
