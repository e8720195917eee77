using System.Text.Json;
using Hotline.TestKit;
using Hotline.Tickets.Observability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;

namespace Hotline.Observability.Tests.Logs;

/// <summary>
/// Issue 14, "structured logs with the ticket id in scope": a line written while a ticket grain handles a command
/// carries <c>TicketId</c>, though the line is the storage's (the batched grain-state write of the ticket's state, which
/// runs on a writer shared by every grain) and the ticket grain only opened the scope; the host's console formats, as
/// configured, print it.
/// </summary>
[Collection(ObservabilityCollection.Name)]
public sealed class TicketLogScopeTests(ObservabilityFixture fixture)
{
    [Fact]
    public async Task Register_StateWriteLogLine_CarriesTheTicketIdInScope()
    {
        var ticket = await fixture.Host.ClientAs("cc-agent-1").Register(Suggestions.New("建議8棟垃圾房加裝除臭設備"));

        // The grain's state write finishes inside the registration's call, so its line is in once the answer is.
        var lines = StateWrites().Where(l => Equals(l.ScopeValue(TicketLogScope.Key), ticket.Id)).ToList();
        Assert.NotEmpty(lines);
        var line = lines[0];

        // The simple single-line format (config/appsettings.json) prints the scope after the message.
        var formatters = fixture.Host.App.Services.GetServices<ConsoleFormatter>().ToList();
        var simple = line.FormatWith(formatters.Single(f => f.Name == ConsoleFormatterNames.Simple));
        Assert.Contains($"=> TicketId:{ticket.Id}", simple, StringComparison.Ordinal);
        // The JSON format (Logging:Console:FormatterName json) writes it as a property of the line's scopes.
        var json = JsonDocument.Parse(line.FormatWith(formatters.Single(f => f.Name == ConsoleFormatterNames.Json))).RootElement;
        Assert.Contains(json.GetProperty("Scopes").EnumerateArray(), s => s.ValueKind == JsonValueKind.Object
            && s.TryGetProperty(TicketLogScope.Key, out var id) && id.GetString() == ticket.Id.ToString());
    }

    [Fact]
    public async Task Register_LinesOfOtherTickets_DoNotCarryThisTicketsId()
    {
        var first = await fixture.Host.ClientAs("cc-agent-1").Register(Suggestions.New("建議9棟增設單車停放處"));
        var second = await fixture.Host.ClientAs("cc-agent-1").Register(Suggestions.New("建議10棟外牆重新粉刷"));

        var writes = StateWrites();

        // Each state write is inside its own ticket's scope, and the scope closes with the call: none carries both ids.
        Assert.Contains(writes, l => Equals(l.ScopeValue(TicketLogScope.Key), first.Id));
        Assert.Contains(writes, l => Equals(l.ScopeValue(TicketLogScope.Key), second.Id));
        Assert.DoesNotContain(writes, l => l.Scopes.Count(s => s?.ToString()?.StartsWith("TicketId:", StringComparison.Ordinal) == true) > 1);
    }

    private List<CapturedLog> StateWrites() => [.. fixture.Logs.Lines.Where(l => l.Category == ObservabilityFixture.GrainStorageCategory
        && l.Message.StartsWith("Writing grain state", StringComparison.Ordinal))];
}
