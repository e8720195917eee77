using System.Collections.Immutable;
using Hotline.Escalation.Contracts;
using Hotline.BuildingBlocks.Observability;
using Hotline.Kernel;
using Hotline.Live.Contracts;
using Hotline.Plugins.Abstractions;
using Hotline.Tickets.Categories;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Warnings;
using Hotline.Tickets.Observability;
using Hotline.Tickets.Privacy;
using Hotline.Tickets.Queries;
using Hotline.Tickets.Sla;
using Hotline.Tickets.Workflow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Orleans.Runtime;
using Orleans.Serialization.Invocation;

namespace Hotline.Tickets.Grains;

/// <summary>
/// A ticket owns its clocks. It keeps one reminder for its next deadline and, on every tick,
/// re-evaluates all clocks from saved deadlines, so a late, skipped or repeated tick never
/// misses or double-books a breach. Commands go through <see cref="AllowedCommands"/> and
/// <see cref="TicketTransitions"/>; the grain adds idempotency, persistence and the timeline.
/// </summary>
[MayInterleave(nameof(IsReminderTick))]
public sealed partial class TicketGrain(
    [PersistentState("ticket")] IPersistentState<TicketState> state,
    ICategoryCatalog categories,
    SlaPolicy sla,
    ITicketQueryStore queries,
    IEscalationPolicy escalation,
    ILogger<TicketGrain> logger,
    TimeProvider time,
    IOptions<OwnerWaitOptions> ownerWait,
    ILivePublisher live,
    HotlineMetrics metrics) : Grain, ITicketGrain, IRemindable
{
    internal const string DeadlineReminder = "deadline";
    private static readonly TimeSpan MinimumDueTime = TimeSpan.FromSeconds(1);
    /// <summary>
    /// How soon a due reminder ticks again when a tick was skipped or failed (Orleans retries neither: issue 14's kill -9
    /// and outage runs lost one or two 1-minute ticks). The host lowers Orleans' minimum period to allow it (SiloStorage).
    /// </summary>
    internal static readonly TimeSpan RetryPeriod = TimeSpan.FromSeconds(20);
    private static readonly Actor System = Actor.System;
    private const string TicketListStore = "ticket_list";

    private TicketState Current => state.State;

    private LimitsClockRules? _rules;

    /// <summary>Built once per activation: a ticket keeps the limits it was registered with for its whole life.</summary>
    private IClockRules Rules => _rules ??= new LimitsClockRules(Current.Ticket!.Limits!, ownerWait.Value);

    public async Task<CommandOutcome> Register(RegisterTicket command)
    {
        using var scope = TicketLogScope.Begin(logger, this.GetPrimaryKey());
        if (Current.Ticket is { } existing)
        {
            if (!Current.HandledRequests.Contains(command.RequestId))
            {
                return Refuse(existing, RefusalReason.AlreadyRegistered, "the ticket is already registered");
            }

            await Resume();
            return CommandOutcome.Done(Current.Ticket!);
        }

        var now = time.GetUtcNow();
        var handler = categories.HandlerFor(command.Category, command.Text);
        var suggested = handler.SuggestedSeverity(command.Text);
        var severity = command.Severity ?? suggested;
        var first = command.Kind == TicketKind.Suggestion ? ClockKind.SuggestionReply : ClockKind.Start;
        var limits = sla.Resolve(command.Kind, handler.Code, severity, command.ProjectId);
        _rules = new LimitsClockRules(limits, ownerWait.Value);
        var ticket = new Ticket(
            this.GetPrimaryKey(), command.Kind, command.ProjectId, command.BranchId, handler.Code, severity,
            handler.IssueKey(command.Text, command.ProjectId, command.Location),
            handler.ResponsibleDepartment, command.Text, command.Location, command.Channel,
            TicketStatus.Dispatched, now, [new Clock(first, now, _rules.DueAt(first, severity, now), null, null)], Version: 1)
        {
            Limits = limits,
            DispatchedAt = now,
            SuggestedSeverity = suggested,
            Household = command.Household,
            HouseholdNotGiven = command.HouseholdNotGiven,
            RepeatOf = command.RepeatOf,
            OwnerContactMasked = OwnerContactMasks.Of(command.Owner),
        };
        var by = new Actor(command.RegisteredBy ?? command.Channel, command.RegisteredBy is null ? "Channel" : "CallCenterAgent");
        var reportsIssue = ticket.Household is not null && ticket.Kind != TicketKind.Suggestion;
        // A10.3 (product decision): a severity set to general over the category's serious suggestion is never silent.
        var lowered = severity == Severity.General && suggested == Severity.Serious
            ? new TimelineEntry(now, by, "severity", $"general chosen by {by.PersonId} over the category's suggestion: serious")
            : null;
        // Issue 11: a round-robin project gives it to the next handler in the same write.
        var (dispatched, handed, handedNotice) = await RoundRobin(ticket, now);
        return await Save(dispatched, command.RequestId, new TimelineEntry(now, by, "register",
                $"{command.Kind} via {command.Channel}, dispatched to {command.ProjectId}{(command.HouseholdNotGiven ? "; the caller gave no household" : "")}"),
            s => Owing(WithEntry(WithNotices(MarkedRepeat(s with { IssueReportPending = reportsIssue, Owner = command.Owner, Timeline = lowered is null ? s.Timeline : s.Timeline.Add(lowered) }, command.RepeatOf, by), null, dispatched), handed), handedNotice));
    }

    public async Task<CommandOutcome> Execute(TicketCommand command)
    {
        using var scope = TicketLogScope.Begin(logger, this.GetPrimaryKey());
        if (Current.Ticket is not { } ticket)
        {
            return NoTicket;
        }

        if (Current.HandledRequests.Contains(command.RequestId))
        {
            // A retry may find the effects of its first attempt still pending (the silo died): finish them.
            await Resume();
            return CommandOutcome.Done(Current.Ticket!);
        }

        var now = time.GetUtcNow();
        var rules = Rules;
        if (TakenAlready(ticket, command) is { } lost)
        {
            return lost;
        }

        if (!Allowed(ticket, now).Contains(command.Name))
        {
            var (reason, why) = StateRefusal.Of(ticket, command.Name, now, rules, Current.Timeline.Length);
            return Refuse(ticket, reason, why);
        }

        if ((OwnerSideRefusal(ticket, command, now) ?? await DispatchRefusal(ticket, command, now)) is { } refused)
        {
            return refused;
        }

        var transition = TicketTransitions.Apply(ticket, command, now, rules, categories);
        if (transition.Ticket is not { } next)
        {
            return new CommandOutcome(ticket, transition.Problem, ticket.Status, Allowed(ticket, now)) { InvalidField = transition.InvalidField, Reason = transition.Reason };
        }

        next = OwnerSideStamp(next, command, now);

        // Issue 11: who is told of an assignment or a return; a transfer in is a dispatch, so round-robin picks again.
        var (handed, notice) = (default(TimelineEntry), DispatchNotice(command, next, now));
        if (command is Contracts.Commands.Transfer)
        {
            (next, handed, notice) = await RoundRobin(next, now);
        }

        return await Save(next, command.RequestId, new TimelineEntry(now, command.Actor, command.Name, TimelineNote.For(command)),
            s => Owing(WithEntry(WithNotices(WithoutToldNotices(WithCommandEffects(s, command, ticket, next)), ticket, next), handed), notice));
    }

    public Task<Ticket?> Get() => Task.FromResult(Current.Ticket);

    public Task<ImmutableArray<string>> GetAllowedCommands() =>
        Task.FromResult(Current.Ticket is { } ticket ? AllowedNow(ticket, time.GetUtcNow()) : []);

    public Task<ImmutableArray<TimelineEntry>> GetTimeline() => Task.FromResult(Current.Timeline);

    public Task<OwnerContact?> GetOwnerContact() => Task.FromResult(Current.Owner);

    public Task Prepare() => Task.CompletedTask;

    /// <summary>
    /// A tick only takes note and leaves the work to a grain timer of this activation (<see cref="ActSoon"/>), so it is
    /// answered at once and may run between the awaits of a command (<see cref="IsReminderTick"/>): when 100,000
    /// deadlines fall due together, a tick that waited for its ticket's writes waited past Orleans' 30 s response
    /// timeout and was delivered again every 20 s while it still waited (issue 14). Nothing is lost if the silo dies
    /// before the work is done: the reminder still holds the due time and ticks again.
    /// </summary>
    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        // Issue 14: how late this tick is processed against its due slot (the deadline, or a retry period after it).
        metrics.ReminderLateness(reminderName, time.GetUtcNow() - ReminderDue.Of(status.FirstTickTime, status.Period, status.CurrentTickTime));
        ActSoon(reminderName, TimeSpan.Zero);
        return Task.CompletedTask;
    }

    /// <summary>Orleans asks it per incoming call: a reminder tick may interleave, as it changes nothing but arms a timer.</summary>
    public static bool IsReminderTick(IInvokable request) => request.GetMethodName() == nameof(IRemindable.ReceiveReminder);

    /// <summary>Re-evaluates every clock, notice and escalation from saved state: idempotent, so a late or repeated call books nothing twice.</summary>
    private async Task ActOnDueClocks(Ticket ticket, string reminderName)
    {
        _actSoon?.Dispose();
        _actSoon = null;
        var now = time.GetUtcNow();
        await FlushPendingEffects();
        // Which "deadline soon" notices this tick owes, decided before any breach below ends their clocks; they are sent
        // after the breaches are stored, so a burst of notices that cannot be delivered never holds up a breach record.
        var notices = DeadlineNotices.Due(Current.Ticket!, Current.NoticesSent, escalation.DeadlineNoticeLead, now).ToList();
        if (OverdueEscalation.Reached(ticket, Current.Warnings, escalation, now) is { } reached)
        {
            await Persist(Enqueue(Current, reached.Level, WarningTrigger.Overdue, OverdueRule(reached.Level, reached.PastDue), System, null));
            await FlushPendingEffects();
        }

        ticket = Current.Ticket!;
        var clocks = ticket.Clocks.RecordBreaches(now);
        // A10.1.3.3: a missed follow-up ends the wait by itself, in the same write as its breach.
        var resumed = OwnerWaits.ResumeIfFollowUpMissed(ticket with { Clocks = clocks }, now);

        if (!clocks.SequenceEqual(ticket.Clocks) || resumed is not null)
        {
            var breached = clocks.Where((c, i) => c.BreachRecordedAt is not null && ticket.Clocks[i].BreachRecordedAt is null).Select(c => c.Kind).ToList();
            var entries = new List<TimelineEntry>();
            if (breached.Count > 0)
            {
                entries.Add(new TimelineEntry(now, System, "breach", string.Join(", ", breached)));
            }

            if (resumed is not null)
            {
                var missed = ticket.Clocks.Last(c => c.Kind == ClockKind.OwnerFollowUp && c.IsOpen).DueAt;
                entries.Add(new TimelineEntry(now, System, "follow-up-missed", $"nobody followed up with the owner by {missed:u}: handling resumed, its clocks run again"));
            }

            var before = ticket;
            ticket = (resumed ?? ticket with { Clocks = clocks }) with { Version = ticket.Version + 1 };
            await Persist(Current with { Ticket = ticket, Timeline = Current.Timeline.AddRange(entries) });
            TicketMeasurements.Record(metrics, before, ticket);
            await Publish(ticket);
        }

        await SendDeadlineNotices(ticket, notices, now);
        await ScheduleNextDeadline(ticket);
        ServiceProvider.GetService<Hotline.BuildingBlocks.IReminderTickObserver>()?.Processed(ticket.Id, reminderName, now);
    }

    /// <summary>
    /// Sets the state and writes it. When the write fails (the database cut, a conflict) the activation goes back to the
    /// state it had and is deactivated, so the next call reads what storage holds: a retried request is never answered
    /// "done" from a change that was not stored (issue 14's database-outage test found an acknowledged ticket lost so).
    /// </summary>
    private async Task Persist(TicketState next)
    {
        var previous = state.State;
        state.State = SharedTicketState.Of(next);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State = previous;
            this.DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>Saves the change and its outbox in one write, then carries the outbox out and sets the next reminder.</summary>
    private async Task<CommandOutcome> Save(Ticket ticket, string requestId, TimelineEntry entry, Func<TicketState, TicketState> effects)
    {
        var before = Current.Ticket;
        await Persist(effects(Current with
        {
            Ticket = ticket,
            HandledRequests = HandledRequestWindow.Add(Current.HandledRequests, requestId),
            Timeline = Current.Timeline.Add(entry),
        }));
        TicketMeasurements.Record(metrics, before, Current.Ticket!);
        await Publish(ticket);
        await FlushNotices();
        // With effects pending, the reminder is made due at once (unless it already is): it retries the outbox if the
        // silo dies now. Otherwise it is touched only if the next deadline moved (see TicketGrain.Reminder.cs).
        await ScheduleNextDeadline(ticket);
        if (Current.HasPendingEffects)
        {
            // Once the outbox is carried out, the real next deadline.
            await FlushPendingEffects();
            await ScheduleNextDeadline(Current.Ticket!);
        }

        return CommandOutcome.Done(Current.Ticket!);
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Storage gave this activation its own copies of values thousands of tickets hold alike: keep the shared ones.
        state.State = SharedTicketState.Of(state.State);

        // Heals what a silo dying mid-command left behind: a missed list row, effects still in the outbox.
        if (Current.Ticket is not { } ticket)
        {
            return;
        }

        await WriteListRow(ticket);
        if (Current.HasPendingEffects)
        {
            try
            {
                await FlushPendingEffects();
            }
            catch (Exception e) when (e is OrleansException or TimeoutException or InvalidOperationException)
            {
                // The reminder (due at once while effects are pending) retries; activation must not fail for it.
                logger.LogWarning("Ticket {TicketId}: pending effects not carried out yet ({Reason})", ticket.Id, e.Message);
            }
        }

        ArmCatchUp(ticket);
    }

    /// <summary>
    /// After a durable change: the list row follows the saved state, then open pages are told (ids only; issue 13).
    /// Activation only repairs the row (<see cref="WriteListRow"/>): nothing changed, so nobody is told.
    /// </summary>
    private async Task Publish(Ticket ticket)
    {
        await WriteListRow(ticket);
        live.Publish(new LiveChange(LiveTopic.Ticket, ticket.Id.ToString(), ticket.ProjectId, ticket.BranchId, null, time.GetUtcNow()));
    }

    /// <summary>Idempotent by version, so a repeat or a late write is harmless.</summary>
    private async Task WriteListRow(Ticket ticket)
    {
        try
        {
            await queries.Upsert(TicketListRow.From(ticket, time.GetUtcNow()));
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
        {
            metrics.StorageError(TicketListStore);
            logger.LogWarning("Ticket {TicketId} v{Version} not yet in the list store ({Reason}); next change, activation or rebuild repairs it",
                ticket.Id, ticket.Version, e.Message);
        }
    }

    private CommandOutcome Refuse(Ticket ticket, RefusalReason reason, string why) =>
        new(ticket, why, ticket.Status, AllowedNow(ticket, time.GetUtcNow())) { Reason = reason };

    private static CommandOutcome NoTicket => new(null, "no ticket is registered under this id", null, []) { Reason = RefusalReason.NotFound };

    /// <summary>The state machine's commands, less the repeatable ones once the history is full (<see cref="TicketHistoryLimit"/>).</summary>
    private ImmutableArray<string> Allowed(Ticket ticket, DateTimeOffset now) =>
        TicketHistoryLimit.Admit(AllowedCommands.For(ticket, now, Rules), Current.Timeline.Length);
}
