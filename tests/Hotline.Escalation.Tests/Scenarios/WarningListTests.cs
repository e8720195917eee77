using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Escalation.Contracts;
using Hotline.Escalation.Tests.Support;
using Hotline.Kernel;
using Hotline.TestKit;

namespace Hotline.Escalation.Tests.Scenarios;

/// <summary>Issue 10 item 2: the supervisor's list of warnings (GET /api/warnings), filtered, keyset-paged and scoped like the ticket list.</summary>
[Collection(EscalationCollection.Name)]
public sealed class WarningListTests(EscalationFixture fixture)
{
    private readonly WarningDriver _warnings = new(fixture);

    [Fact]
    public async Task A11_the_supervisors_list_filters_by_status_level_and_project_and_pages_newest_first()
    {
        var from = fixture.Clock.GetUtcNow();
        var first = await _warnings.Raise(WarningLevel.Blue, Demo.Sunrise);
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var second = await _warnings.Raise(WarningLevel.Blue, Demo.Sunrise);
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var third = await _warnings.Raise(WarningLevel.Blue, Demo.Sunrise);
        var yellow = await _warnings.Raise(WarningLevel.Yellow, Demo.Sunrise);
        var harbour = await _warnings.Raise(WarningLevel.Blue, "p-harbour", "south");
        await _warnings.Do(second.Id, "dismiss", new { personId = Demo.Supervisor, role = "CallCenterSupervisor", reason = "重複" });
        var query = $"/api/warnings?status=Raised&level=blue&projectId={Demo.Sunrise}&from={Uri.EscapeDataString(from.ToString("O"))}&limit=1&personId={Demo.Supervisor}";

        var page1 = await Page(query);
        var page2 = await Page($"{query}&after={Uri.EscapeDataString(page1.GetProperty("next").GetString()!)}");

        Assert.Equal([third.Id], Ids(page1));
        Assert.Equal([first.Id], Ids(page2));
        Assert.Equal(JsonValueKind.Null, page2.GetProperty("next").ValueKind);
        Assert.DoesNotContain(harbour.Id, Ids(await Page($"/api/warnings?projectId={Demo.Sunrise}&from={Uri.EscapeDataString(from.ToString("O"))}&personId={Demo.Supervisor}")));
        var row = (await Page($"/api/warnings?level=Yellow&from={Uri.EscapeDataString(from.ToString("O"))}&personId={Demo.Supervisor}")).GetProperty("items")[0];
        Assert.Equal((yellow.Id, "Raised", yellow.RaisedAt + TimeSpan.FromDays(1)), (row.GetProperty("id").GetGuid(), row.GetProperty("status").GetString(), row.GetProperty("verificationDueAt").GetDateTimeOffset()));
    }

    [Fact]
    public async Task A11_the_list_is_scoped_like_the_ticket_list_and_names_a_bad_filter()
    {
        var from = Uri.EscapeDataString(fixture.Clock.GetUtcNow().ToString("O"));
        var sunrise = await _warnings.Raise(WarningLevel.Blue, Demo.Sunrise);
        var harbour = await _warnings.Raise(WarningLevel.Blue, "p-harbour", "south");

        // Unfiltered, a project's liaison sees their project only.
        var own = Ids(await Page($"/api/warnings?from={from}&personId={Demo.SunriseLiaison}"));
        Assert.Contains(sunrise.Id, own);
        Assert.DoesNotContain(harbour.Id, own);
        var other = await fixture.Http.GetAsync($"/api/warnings?projectId=p-harbour&personId={Demo.SunriseLiaison}");
        Assert.True(other.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{other.StatusCode}");

        var bad = await fixture.Http.GetAsync($"/api/warnings?status=Pending&personId={Demo.Supervisor}");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await WarningDriver.Problem(bad)).GetProperty("errors").TryGetProperty("status", out _));
        // Two names or a number are not a level: "Blue,Yellow" would otherwise be OR-ed into Red (1 | 2 = 3).
        foreach (var level in new[] { "Blue,Yellow", "3" })
        {
            var notALevel = await fixture.Http.GetAsync($"/api/warnings?level={Uri.EscapeDataString(level)}&personId={Demo.Supervisor}");
            Assert.Equal(HttpStatusCode.BadRequest, notALevel.StatusCode);
            Assert.True((await WarningDriver.Problem(notALevel)).GetProperty("errors").TryGetProperty("level", out _));
        }
    }

    [Fact]
    public async Task A12_a_branch_head_reads_their_own_branchs_penalty_score_and_not_another_branchs()
    {
        var month = WarningDriver.MonthOf(fixture.Clock.GetUtcNow());
        var before = await fixture.Host.ClientAs(Demo.NorthHead).GetFromJsonAsync<BranchPenaltyScore>($"/api/scores/branches/{Demo.North}?month={month}", Json.Options);
        await _warnings.RaiseVerified(WarningLevel.Yellow);

        var after = await fixture.Host.ClientAs(Demo.NorthHead).GetFromJsonAsync<BranchPenaltyScore>($"/api/scores/branches/{Demo.North}?month={month}", Json.Options);

        Assert.Equal((before!.Yellow + 1, before.Points + 0.5m), (after!.Yellow, after.Points));
        var south = await fixture.Host.ClientAs(Demo.NorthHead).GetAsync($"/api/scores/branches/south?month={month}");
        Assert.True(south.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{south.StatusCode}");
    }

    private async Task<JsonElement> Page(string url)
    {
        var response = await fixture.Http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static Guid[] Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
}
