using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Hotline.TestKit;
using Microsoft.Extensions.Logging;

namespace Hotline.Tickets.Tests.Privacy;

/// <summary>Logs never contain owners' phone numbers: a whole working session at Debug, every entry inspected.</summary>
public sealed partial class PrivacyLogTests(LogCapturingHostFixture fixture) : IClassFixture<LogCapturingHostFixture>
{
    [Fact]
    public async Task Logs_RegisterCommandsListAndFullView_NeverContainAnOwnersPhone()
    {
        var host = fixture.Host;
        var phones = new[] { Owners.NewMobile(), Owners.NewMobile(), "010-" + Random.Shared.Next(10_000_000, 100_000_000) };
        var ids = new List<Guid>();
        foreach (var phone in phones)
        {
            var (ticket, _) = await Owners.Register(host.ClientAs("cc-agent-1"), Owners.Complaint("陳大文", phone));
            ids.Add(ticket.Id);
        }

        (await host.ClientAs("cc-agent-1").PostAsJsonAsync("/api/tickets", Owners.Complaint("陳大文", "1" + phones[0]))).Dispose();
        foreach (var id in ids)
        {
            await Send(host.ClientAs("sunrise-liaison"), $"/api/tickets/{id}/start", new { requestId = $"start-{id}" });
            await Send(host.ClientAs("sunrise-liaison"), $"/api/tickets/{id}/contact", new { requestId = $"contact-{id}", department = "EngineeringDept", plan = "上門查看" });
            await Read(host.ClientAs("cc-agent-1"), $"/api/tickets/{id}/owner-contact", HttpStatusCode.OK);
            await Read(host.ClientAs("sunrise-liaison"), $"/api/tickets/{id}/owner-contact", HttpStatusCode.OK);
            await Read(host.ClientAs("riverside-liaison"), $"/api/tickets/{id}/owner-contact", HttpStatusCode.NotFound); // outside their scope (issue 10)
            await Read(host.ClientAs("cc-agent-1"), $"/api/tickets/{id}", HttpStatusCode.OK);
            await Read(host.ClientAs("qd-head"), $"/api/privacy/audit?ownerTicketId={id}", HttpStatusCode.OK);
        }

        await Read(host.ClientAs("cc-agent-1"), "/api/tickets?projectId=p-sunrise", HttpStatusCode.OK);
        (await host.ClientAs("admin").PostAsync("/api/admin/query-store/rebuild", null)).EnsureSuccessStatusCode();
        fixture.Clock.Advance(TimeSpan.FromHours(2));
        // The tickets' reminder ticks (breaches, notices, warnings) have run and logged what they log.
        foreach (var id in ids)
        {
            await ReminderRows.Settled(host, fixture.ConnectionString, fixture.ServiceId, fixture.Clock, id);
        }

        var entries = fixture.Logs.Entries.ToList();
        Assert.Contains(entries, e => e.Category.StartsWith("Hotline.", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Level == LogLevel.Debug);
        var leaks = entries
            .SelectMany(e => e.Texts.Select(text => (Entry: e, Text: text)))
            .Where(x => phones.Any(p => x.Text.Contains(p, StringComparison.Ordinal) || x.Text.Contains(p.Replace("-", ""), StringComparison.Ordinal))
                || MobileNumber().IsMatch(x.Text))
            .Select(x => $"{x.Entry}: {x.Text}")
            .ToList();
        Assert.True(leaks.Count == 0, $"{leaks.Count} log entries carry a phone number:\n{string.Join('\n', leaks.Take(10))}");
    }

    private static async Task Send(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task Read(HttpClient client, string path, HttpStatusCode expected)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == expected, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>A mainland mobile number standing alone (not part of a longer run of digits or a hex id).</summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z])1[3-9][0-9]{9}(?![0-9A-Za-z])")]
    private static partial Regex MobileNumber();
}
