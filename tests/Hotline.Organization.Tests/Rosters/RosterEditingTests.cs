using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Kernel;
using Hotline.Notifications.Contracts;
using Hotline.Organization.Contracts;
using Hotline.Organization.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Organization.Tests.Rosters;

/// <summary>A9 product decision: rosters are data, edited with PUT /api/organization/people/{id}/duty and used by the next routing decision.</summary>
[Collection(OrganizationCollection.Name)]
public sealed class RosterEditingTests(OrganizationFixture fixture)
{
    private const string Liaison = "riverside-liaison"; // 08:00–20:00, the only liaison of p-riverside
    private const string Fallback = "cs-hotline";
    private static readonly object DayShift = new { duty = new[] { new { start = "08:00", end = "20:00" } } };

    [Fact]
    public async Task A9_EditingALiaisonsRoster_ChangesWhoAWarningNotificationGoesTo()
    {
        var notifier = fixture.Host.App.Services.GetRequiredService<INotifier>();
        var at = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(8)); // Saturday 10:00
        try
        {
            var before = Item(at);
            await notifier.Notify([Liaison], before);
            Assert.Null(Assert.Single(await Inbox(Liaison), i => i.Id == before.Id).OnBehalfOf);

            var response = await fixture.Http.PutAsJsonAsync($"/api/organization/people/{Liaison}/duty",
                new { duty = new[] { new { days = new[] { "Saturday", "Sunday" }, start = "20:00", end = "08:00" } } });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

            var after = Item(at);
            await notifier.Notify([Liaison], after);
            Assert.DoesNotContain(await Inbox(Liaison), i => i.Id.StartsWith(after.Id, StringComparison.Ordinal));
            Assert.Equal(Liaison, Assert.Single(await Inbox(Fallback), i => i.Id.StartsWith(after.Id, StringComparison.Ordinal)).OnBehalfOf);
        }
        finally
        {
            await fixture.Http.PutAsJsonAsync($"/api/organization/people/{Liaison}/duty", DayShift);
        }
    }

    [Fact]
    public async Task A9_RosterEdit_IsStoredAndAnswered()
    {
        var response = await fixture.Http.PutAsJsonAsync($"/api/organization/people/{Liaison}/duty", DayShift);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Liaison, body.GetProperty("personId").GetString());
        Assert.False(body.TryGetProperty("phone", out _));
        var person = (await fixture.Grains.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey).GetPeople()).Single(p => p.Id == Liaison);
        Assert.Equal(("08:00", "20:00"), (Assert.Single(person.Duty).Start, person.Duty[0].End));
    }

    [Theory]
    [InlineData("""{"duty": [{"start": "25:00", "end": "08:00"}]}""", "duty[0].start")]
    [InlineData("""{"duty": [{"start": "08:00", "end": "08:00"}]}""", "duty[0].start")]
    [InlineData("""{"duty": [{"start": "08:00"}]}""", "duty[0].end")]
    [InlineData("""{"duty": [{"days": ["Someday"], "start": "08:00", "end": "12:00"}]}""", "duty[0].days")]
    [InlineData("""{"duty": [{"start": "08:00", "end": "12:00"}, {"days": ["Monday"], "start": "11:00", "end": "13:00"}]}""", "duty")]
    [InlineData("""{"duty": [{"days": ["Sunday"], "start": "20:00", "end": "08:00"}, {"days": ["Monday"], "start": "07:00", "end": "09:00"}]}""", "duty")]
    [InlineData("""{"shifts": []}""", "duty")]
    [InlineData("""not json""", "duty")]
    public async Task A9_BadRoster_ValidationProblemNamingTheField(string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var response = await fixture.Http.PutAsync($"/api/organization/people/{Liaison}/duty", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"{field} not in {errors}");
    }

    [Fact]
    public async Task A9_RosterOfUnknownPerson_NotFound()
    {
        var response = await fixture.Http.PutAsJsonAsync("/api/organization/people/nobody-here/duty", DayShift);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static InboxItem Item(DateTimeOffset at) =>
        new($"roster-test/{Guid.NewGuid():N}", at, Guid.NewGuid(), WarningLevel.Blue, InboxItemKind.Routed, "【請報方案及完成時間】藍色預警", null);

    /// <summary>Every page of the person's inbox (GET /api/inbox), following each page's cursor.</summary>
    private async Task<IReadOnlyList<InboxItem>> Inbox(string personId)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
        var items = new List<InboxItem>();
        string? before = null;
        do
        {
            var cursor = before is null ? "" : $"&before={Uri.EscapeDataString(before)}";
            var page = await fixture.Http.GetFromJsonAsync<JsonElement>($"/api/inbox?personId={personId}&limit=200{cursor}");
            items.AddRange(page.GetProperty("items").Deserialize<InboxItem[]>(options)!);
            before = page.GetProperty("next").GetString();
        }
        while (before is not null);

        return items;
    }
}
