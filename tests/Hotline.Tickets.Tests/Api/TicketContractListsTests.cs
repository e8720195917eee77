using System.Text.Json;
using System.Text.Json.Nodes;
using Hotline.Kernel;
using Hotline.Tickets.Commands;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Contracts.Lists;
using Hotline.Tickets.Queries;

namespace Hotline.Tickets.Tests.Api;

/// <summary>
/// The lists the console reads from Tickets.Contracts stay the API's: the list filters are the endpoint's parameters,
/// every command has a form, and each form names every field its command reads (and only body fields).
/// </summary>
public sealed class TicketContractListsTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    [Fact]
    public void ListFilters_AreExactlyTheListEndpointsQueryParameters()
    {
        // A filter added to TicketSearchQuery without a name here (or the reverse) would be ignored by the console.
        var parameters = typeof(TicketSearchQuery).GetConstructors().Single().GetParameters().Select(p => Camel(p.Name!));

        Assert.Equal(parameters.Order(), TicketListFilters.All.Order());
    }

    [Fact]
    public void CommandForms_CoverEveryCommand()
    {
        Assert.Equal(TicketCommands.All.Order(), TicketCommandForms.Offered.Order());
    }

    public static TheoryData<string> Names() => [.. TicketCommands.All];

    [Theory]
    [MemberData(nameof(Names))]
    public void CommandForm_NamesOnlyFieldsOfTheBody_AndEndsWithTheNote(string command)
    {
        var body = typeof(TicketCommandRequest).GetProperties().Select(p => Camel(p.Name)).ToHashSet();
        var form = TicketCommandForms.For(command);

        Assert.All(form, f => Assert.Contains(f.Name, body));
        Assert.Equal("note", form[^1].Name);
        Assert.Equal(TicketFieldKind.Text, form[^1].Kind);
        Assert.Equal(4000, form[^1].MaxLength);
    }

    /// <summary>
    /// Each handler, given a body holding every field its form does not name, builds the very command an empty body
    /// gives: so no command reads a field the console's form leaves out.
    /// </summary>
    [Theory]
    [MemberData(nameof(Names))]
    public async Task CommandForm_NamesEveryFieldTheHandlerReads(string command)
    {
        var form = TicketCommandForms.For(command).Select(f => f.Name).ToHashSet();
        var others = new JsonObject();
        void Put(string name, JsonNode value)
        {
            if (!form.Contains(name))
            {
                others[name] = value;
            }
        }

        foreach (var text in new[] { "department", "plan", "projectId", "category", "reason", "handlerId", "comment" })
        {
            Put(text, "x");
        }

        Put("completionDueAt", "2026-03-05T18:00:00+08:00");
        Put("followUpAt", "2026-03-04T18:00:00+08:00");
        foreach (var number in new[] { "attempts", "rating", "overall", "speed", "attitude" })
        {
            Put(number, 3);
        }

        // One yes/no under three names (the API reads them as one answer): a form naming any of them names the answer.
        if (!form.Overlaps(["reached", "accepted", "adopted"]))
        {
            Put("reached", true);
        }

        var handler = CommandCatalog.For(command)!;
        var by = new Actor("cc-agent-1", "CallCenterAgent");
        var empty = await handler.Parse(new CommandInput(new TicketCommandRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null), "r-1", by, null, null!, (f, m) => Assert.Fail($"{f}: {m}")));
        var filled = await handler.Parse(new CommandInput(others.Deserialize<TicketCommandRequest>(Web)!, "r-1", by,
            form.Contains("severity") ? null : Severity.Serious, null!, (f, m) => Assert.Fail($"{f}: {m}")));

        Assert.Equal(empty, filled);
    }
}
