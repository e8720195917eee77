using Hotline.Kernel;
using Hotline.Tickets.Api;
using Hotline.Tickets.Commands;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Tests.Workflow;

/// <summary>The catalog knows every command once, and each handler builds its own record from a body.</summary>
public sealed class CommandCatalogTests
{
    private static readonly DateTimeOffset Registered = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly Ticket Dispatched = WorkflowWorld.Register(
        new WorkflowStart(TicketKind.Complaint, WorkflowWorld.AroundTheClock, Registered, "p-sunrise", "other", Severity.General, "電梯門關不上"));

    private static readonly TicketCommandRequest EmptyBody = new(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    public static TheoryData<string> Names() => [.. TicketCommands.All];

    [Fact]
    public void Catalog_HasOneHandlerPerCommandName_EachForItsOwnRecordType()
    {
        Assert.Equal(TicketCommands.All.Order(), CommandCatalog.All.Select(h => h.Name).Order());
        Assert.Equal(CommandCatalog.All.Count, CommandCatalog.All.Select(h => h.CommandType).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Parse_EmptyBody_BuildsTheHandlersRecordNamedAsInTheUrl(string name)
    {
        var handler = CommandCatalog.For(name)!;
        var errors = new List<string>();

        var command = await handler.Parse(new CommandInput(EmptyBody, "r-1", new Actor("sunrise-liaison", "ProjectLiaison"), null, null!, (field, _) => errors.Add(field)));

        Assert.Empty(errors);
        Assert.Equal(handler.CommandType, command.GetType());
        Assert.Equal(name, command.Name);
        Assert.Equal(("r-1", "sunrise-liaison"), (command.RequestId, command.Actor.PersonId));
        Assert.Same(handler, CommandCatalog.For(command));
    }

    /// <summary>Every command has always accepted a note: one that does not read it keeps it as its remark, last in its timeline note.</summary>
    [Fact]
    public async Task Parse_NoteOnACommandThatDoesNotReadOne_KeptAsRemarkInTheTimelineNote()
    {
        var body = EmptyBody with { Note = "已到場", Reason = "業主聯繫了電視台" };

        var start = await CommandCatalog.For(TicketCommands.Start)!.Parse(new CommandInput(body, "r-1", new Actor("sunrise-liaison", "ProjectLiaison"), null, null!, (f, m) => Assert.Fail($"{f}: {m}")));
        var risk = await CommandCatalog.For(TicketCommands.RaiseRiskWarning)!.Parse(new CommandInput(body, "r-2", new Actor("cc-agent-1", "CallCenterAgent"), null, null!, (f, m) => Assert.Fail($"{f}: {m}")));
        var resolve = await CommandCatalog.For(TicketCommands.Resolve)!.Parse(new CommandInput(body, "r-3", new Actor("sunrise-liaison", "ProjectLiaison"), null, null!, (f, m) => Assert.Fail($"{f}: {m}")));

        Assert.Equal(("已到場", "已到場"), (start.Remark, TimelineNote.For(start)));
        Assert.Equal("reason: 業主聯繫了電視台; 已到場", TimelineNote.For(risk));
        Assert.Equal((null, "已到場"), (resolve.Remark, TimelineNote.For(resolve)));
    }

    /// <summary>An argument left out of the body is refused by the ticket naming the same field as before the records were split.</summary>
    [Theory]
    [InlineData(TicketCommands.Contact, "department")]
    [InlineData(TicketCommands.ReportPlan, "completionDueAt")]
    [InlineData(TicketCommands.WaitForOwner, "reason")]
    [InlineData(TicketCommands.Resolve, "note")]
    [InlineData(TicketCommands.Callback, "reached")]
    [InlineData(TicketCommands.Reopen, "note")]
    [InlineData(TicketCommands.FileStatement, "reason")]
    [InlineData(TicketCommands.ReviewStatement, "accepted")]
    [InlineData(TicketCommands.Decide, "adopted")]
    [InlineData(TicketCommands.Transfer, "projectId")]
    [InlineData(TicketCommands.CorrectCategory, "category")]
    [InlineData(TicketCommands.RaiseSeverity, "severity")]
    [InlineData(TicketCommands.RaiseRiskWarning, "reason")]
    [InlineData(TicketCommands.Rate, "overall")]
    [InlineData(TicketCommands.AnswerRating, "note")]
    public async Task Apply_ArgumentMissingFromTheBody_RefusedNamingTheField(string name, string field)
    {
        var handler = CommandCatalog.For(name)!;
        var command = await handler.Parse(new CommandInput(EmptyBody, "r-1", new Actor("cc-agent-1", "CallCenterAgent"), null, null!, (f, m) => Assert.Fail($"{f}: {m}")));

        var transition = TicketTransitions.Apply(Dispatched, command, Registered.AddHours(1), new LimitsClockRules(Dispatched.Limits!), WorkflowWorld.Categories);

        Assert.Null(transition.Ticket);
        Assert.Equal(field, transition.InvalidField);
    }

    [Fact]
    public void Apply_RecordNoHandlerKnows_RefusedAsUnknownCommand()
    {
        var transition = TicketTransitions.Apply(Dispatched, new UnlistedCommand("escalate", "r-1", new Actor("cc-agent-1", "CallCenterAgent")), Registered, new LimitsClockRules(Dispatched.Limits!), WorkflowWorld.Categories);

        Assert.Equal(("command", "unknown command 'escalate'"), (transition.InvalidField, transition.Problem));
    }
}
