using System.Net;
using System.Net.Http.Json;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Intake;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Reporting.Tests.Support;

/// <summary>A ticket's steps through the API, each by the person whose job it is in a test project of branch north.</summary>
public static class TicketSteps
{
    /// <summary>The unit's steps: the branch head answers for a test project (it has no liaison of its own).</summary>
    public const string Unit = Demo.NorthHead;

    public static async Task<Ticket> Do(this ReportingFixture fixture, Guid ticket, string command, string person, object? body = null)
    {
        var response = await fixture.Host.ClientAs(person).PostAsJsonAsync($"/api/tickets/{ticket}/{command}", body ?? new { });
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{command}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<Ticket>(TicketApi.Json))!;
    }

    /// <summary>Started, contacted and planned at once: the start, contact and plan clocks met on time; the resolution clock runs.</summary>
    public static async Task InProgress(this ReportingFixture fixture, Guid ticket)
    {
        await fixture.Do(ticket, "start", Unit);
        await fixture.Do(ticket, "contact", Unit, new { department = "EngineeringDept", plan = "更換門機" });
        await fixture.Do(ticket, "report-plan", Unit, new { completionDueAt = fixture.Clock.GetUtcNow().AddDays(1), plan = "明天前更換門機" });
    }

    /// <summary>A repair sent by the owners' online service (channel <c>web</c>), as its receiver registers it.</summary>
    public static async Task<Guid> WebRepair(this ReportingFixture fixture, string project, string household)
    {
        var intake = fixture.Host.App.Services.GetRequiredService<ITicketIntake>();
        var result = await intake.Register(new ChannelIntake("web", Guid.NewGuid().ToString("N"), TicketKind.Repair, project, household, "廚房水龍頭漏水", null, null));
        return result.TicketId ?? throw new InvalidOperationException($"web intake refused: {result}");
    }
}
