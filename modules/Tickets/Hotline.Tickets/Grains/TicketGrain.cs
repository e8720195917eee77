using System.Collections.Immutable;
using Hotline.Plugins.Abstractions;
using Hotline.Tickets.Categories;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Sla;
using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace Hotline.Tickets.Grains;

/// <summary>
/// A ticket owns its clocks. It keeps one reminder for its next deadline and, on every tick,
/// re-evaluates all clocks from saved deadlines, so a late, skipped or repeated tick never
/// misses or double-books a breach.
/// </summary>
public sealed class TicketGrain(
    [PersistentState("ticket")] IPersistentState<TicketState> state,
    ICategoryCatalog categories,
    IOptionsMonitor<SlaPolicyOptions> sla,
    TimeProvider time) : Grain, ITicketGrain, IRemindable
{
    internal const string DeadlineReminder = "deadline";
    private static readonly TimeSpan MinimumDueTime = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RetryPeriod = TimeSpan.FromMinutes(1);

    private TicketState Current => state.State;

    public async Task<CommandOutcome> Register(RegisterTicket command)
    {
        if (Current.Ticket is { } existing)
        {
            return Current.HandledRequests.Contains(command.RequestId)
                ? CommandOutcome.Done(existing)
                : Refuse(existing, "the ticket is already registered");
        }

        var now = time.GetUtcNow();
        var handler = command.Category is { } code && categories.TryGet(code, out var chosen) ? chosen : categories.Classify(command.Text);
        var suggested = handler.SuggestSeverity(command.Text) == SeveritySuggestion.Serious ? Severity.Serious : Severity.General;
        var ticket = new TicketView(
            this.GetPrimaryKey(), command.Kind, command.ProjectId, command.BranchId, handler.Code,
            command.Severity ?? suggested,
            handler.NormalizeIssueKey(new IssueKeyInput(command.Text, command.ProjectId, command.Location)),
            handler.ResponsibleDepartment, command.Text, command.Location, command.Channel,
            TicketStatus.Dispatched, now,
            [new Clock(ClockKind.Start, now, now + sla.CurrentValue.StartLimit, null, null)],
            Version: 1);
        return await Save(ticket, command.RequestId);
    }

    public async Task<CommandOutcome> Start(StartTicket command)
    {
        if (Current.Ticket is not { } ticket)
        {
            return new CommandOutcome(null, "no ticket is registered under this id", null, []);
        }

        if (Current.HandledRequests.Contains(command.RequestId))
        {
            return CommandOutcome.Done(ticket);
        }

        if (ticket.Status != TicketStatus.Dispatched)
        {
            return Refuse(ticket, $"the ticket is {ticket.Status}");
        }

        var now = time.GetUtcNow();
        var clocks = ticket.Clocks.Select(c => c.Kind == ClockKind.Start && c.MetAt is null ? c with { MetAt = now } : c);
        return await Save(ticket with { Status = TicketStatus.Started, Clocks = [.. clocks], Version = ticket.Version + 1 }, command.RequestId);
    }

    public Task<TicketView?> Get() => Task.FromResult(Current.Ticket);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (Current.Ticket is not { } ticket)
        {
            await StopReminder();
            return;
        }

        var now = time.GetUtcNow();
        var clocks = ticket.Clocks.Select(c => c.IsPending && now >= c.DueAt ? c with { BreachRecordedAt = now } : c).ToImmutableArray();
        if (!clocks.SequenceEqual(ticket.Clocks))
        {
            ticket = ticket with { Clocks = clocks, Version = ticket.Version + 1 };
            state.State = Current with { Ticket = ticket };
            await state.WriteStateAsync();
        }

        await ScheduleNextDeadline(ticket);
    }

    private async Task<CommandOutcome> Save(TicketView ticket, string requestId)
    {
        state.State = new TicketState { Ticket = ticket, HandledRequests = Current.HandledRequests.Add(requestId) };
        await state.WriteStateAsync();
        await ScheduleNextDeadline(ticket);
        return CommandOutcome.Done(ticket);
    }

    private async Task ScheduleNextDeadline(TicketView ticket)
    {
        var pending = ticket.Clocks.Where(c => c.IsPending).Select(c => c.DueAt).DefaultIfEmpty().Min();
        if (pending == default)
        {
            await StopReminder();
            return;
        }

        var dueIn = pending - time.GetUtcNow();
        await this.RegisterOrUpdateReminder(DeadlineReminder, dueIn > MinimumDueTime ? dueIn : MinimumDueTime, RetryPeriod);
    }

    private async Task StopReminder()
    {
        if (await this.GetReminder(DeadlineReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private static CommandOutcome Refuse(TicketView ticket, string why) =>
        new(ticket, why, ticket.Status, ticket.Status == TicketStatus.Dispatched ? ["start"] : []);
}
