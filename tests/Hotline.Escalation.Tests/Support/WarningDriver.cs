using System.Collections.Immutable;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Escalation.Contracts;
using Hotline.Kernel;
using Hotline.Notifications.Contracts;
using Hotline.TestKit;

namespace Hotline.Escalation.Tests.Support;

/// <summary>Raises warnings as the ticket grain would (through IWarningGrain) and drives them through the HTTP API as their users would.</summary>
internal sealed class WarningDriver(HostFixture fixture)
{
    public static readonly Actor System = new("hotline", "System");

    public static RaiseWarning Command(WarningLevel level, Guid ticketId, WarningTrigger trigger = WarningTrigger.Overdue, string project = Demo.Sunrise, string? branch = Demo.North) =>
        new(level, trigger, new WarningSubject(ticketId, project, branch, "elevator-door", [ticketId]), $"{level}: unhandled past its time limit", System, null);

    public static Guid IdOf(RaiseWarning command) =>
        WarningIds.ForTicket(command.Subject.TicketId!.Value, command.Trigger, command.Level);

    public IWarningGrain Grain(Guid id) => fixture.Grains.GetGrain<IWarningGrain>(id);

    /// <summary>Raises a fresh warning about a new ticket of Sunrise Garden (north branch).</summary>
    public async Task<WarningView> Raise(WarningLevel level, string project = Demo.Sunrise, string? branch = Demo.North)
    {
        var command = Command(level, Guid.NewGuid(), project: project, branch: branch);
        return await Grain(IdOf(command)).Raise(command);
    }

    public Task<HttpResponseMessage> Send(Guid id, string command, object body) =>
        fixture.Http.PostAsJsonAsync($"/api/warnings/{id}/{command}", body);

    public async Task<WarningView> Do(Guid id, string command, object body)
    {
        var response = await Send(id, command, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{command}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<WarningView>(Json.Options))!;
    }

    public Task<WarningView> Verify(Guid id, string personId = Demo.Supervisor, string role = "CallCenterSupervisor") =>
        Do(id, "verify", new { personId, role });

    /// <summary>Raises and verifies (red: by the supervisor and QualityDept's head).</summary>
    public async Task<WarningView> RaiseVerified(WarningLevel level)
    {
        var raised = await Raise(level);
        var verified = await Verify(raised.Id);
        return level == WarningLevel.Red ? await Verify(raised.Id, Demo.QualityHead, "QualityDeptHead") : verified;
    }

    public async Task<WarningView> Get(Guid id) =>
        (await fixture.Http.GetFromJsonAsync<WarningView>($"/api/warnings/{id}", Json.Options))!;

    /// <summary>The whole inbox, newest first: every page, following each page's cursor.</summary>
    public async Task<ImmutableArray<InboxItem>> Inbox(string personId)
    {
        var items = ImmutableArray.CreateBuilder<InboxItem>();
        string? before = null;
        do
        {
            var cursor = before is null ? "" : $"&before={Uri.EscapeDataString(before)}";
            var page = await fixture.Http.GetFromJsonAsync<JsonElement>($"/api/inbox?personId={personId}&limit=200{cursor}", Json.Options);
            items.AddRange(page.GetProperty("items").Deserialize<InboxItem[]>(Json.Options)!);
            before = page.GetProperty("next").GetString();
        }
        while (before is not null);

        return items.ToImmutable();
    }

    public async Task<ImmutableArray<InboxItem>> Inbox(string personId, Guid warningId) =>
        [.. (await Inbox(personId)).Where(i => i.WarningId == warningId)];

    public async Task<PenaltyScores> Scores(string month) =>
        (await fixture.Host.ClientAs("qd-staff").GetFromJsonAsync<PenaltyScores>($"/api/scores?month={month}", Json.Options))!;

    public static string MonthOf(DateTimeOffset instant) => PenaltyMonths.Of(instant, Demo.Zone);

    public static async Task<JsonElement> Problem(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();
}
