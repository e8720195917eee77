using System.Collections.Immutable;
using Hotline.Escalation.Contracts;
using Hotline.Escalation.Lists;
using Hotline.Escalation.Policy;
using Hotline.Escalation.Routing;
using Hotline.BuildingBlocks.Observability;
using Hotline.Live.Contracts;
using Hotline.Notifications.Contracts;
using Hotline.Organization.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Escalation.Warnings;

/// <summary>
/// One warning as a work item (A11): raised → verified (routed, deduction booked) or dismissed →
/// answered, or overdue → closed. Every method is idempotent; its one reminder re-evaluates the
/// answer deadline and retries unsent side effects from saved state, so a late or repeated tick is harmless.
/// </summary>
public sealed partial class WarningGrain(
    [PersistentState("warning")] IPersistentState<WarningState> state,
    IPenaltyLedger ledger,
    IWarningListStore list,
    INotifier notifier,
    EscalationOptions options,
    ILogger<WarningGrain> logger,
    TimeProvider time,
    ILivePublisher live,
    HotlineMetrics metrics) : Grain, IWarningGrain, IRemindable
{
    private WarningState Current => state.State;

    private Guid Id => this.GetPrimaryKey();

    public async Task<WarningView> Raise(RaiseWarning command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (Current.Warning is { } existing)
        {
            return existing;
        }

        var now = time.GetUtcNow();
        var linked = command.Subject.LinkedTickets.IsDefault ? [] : command.Subject.LinkedTickets;
        if (command.Subject.TicketId is { } ticketId && !linked.Contains(ticketId))
        {
            linked = linked.Insert(0, ticketId);
        }

        var subject = command.Subject with { LinkedTickets = [.. linked.Distinct().Take(WarningLinks.Max)] };
        var warning = new WarningView(Id, command.Level, command.Trigger, WarningStatus.Raised, subject, command.Rule, now, command.RaisedBy, command.Reason)
        {
            Version = 1,
            VerificationDueAt = now + options.VerificationLimit,
        };
        var projectName = subject.ProjectId is { } project ? (await GrainFactory.GetGrain<IProjectGrain>(project).GetInfo())?.Name : null;
        var next = Current with { Warning = warning, Title = WarningTitles.For(command.Level, subject, projectName, command.Rule) };
        var verifiers = WarningRouting.Verifiers(command.Level, await People());
        await Commit(next with { Outbox = [.. verifiers.Select(p => Delivery(next, p, InboxItemKind.VerifyRequest, now))] });
        metrics.WarningRaised(command.Level.ToString()); // once: a second Raise returns the existing warning above
        return Current.Warning!;
    }

    public Task<WarningView?> Get() => Task.FromResult(Current.Warning);

    public async Task Link(Guid ticketId)
    {
        if (Current.Warning is not { } w || w.Subject.LinkedTickets.Contains(ticketId) || w.Subject.LinkedTickets.Length >= WarningLinks.Max)
        {
            return;
        }

        state.State = Current with { Warning = Bump(w with { Subject = w.Subject with { LinkedTickets = w.Subject.LinkedTickets.Add(ticketId) } }) };
        await state.WriteStateAsync();
        await Publish();
    }

    /// <summary>Keeps the first superseding warning: blue → yellow → red stays a chain, each step recorded once.</summary>
    public async Task Supersede(Guid higherWarningId)
    {
        if (Current.Warning is not { } w || w.SupersededBy is not null)
        {
            return;
        }

        await Commit(Current with { Warning = Bump(w with { SupersededBy = higherWarningId }) });
    }

    public Task Close(string reason) => End(reason, invalid: false);

    public Task Invalidate(string reason) => End(reason, invalid: true);

    /// <summary>
    /// Its subject ended. Verified or answered: it closes (no plan is owed any more). Raised: it stays in the
    /// verifiers' queue, noting why, so its penalty is decided by verification or dismissal, never escaped.
    /// A10.4 (invalid): a deduction booked or booked later is reversed by a new, reversing ledger entry.
    /// </summary>
    private async Task End(string reason, bool invalid)
    {
        if (Current.Warning is not { } w || w.Status is WarningStatus.Dismissed || (invalid && w.FoundInvalid is not null))
        {
            return;
        }

        var ended = w with
        {
            FoundInvalid = invalid ? reason : w.FoundInvalid,
            SubjectEnded = w.Status == WarningStatus.Raised ? w.SubjectEnded ?? reason : w.SubjectEnded,
        };
        if (w.Status is WarningStatus.Verified or WarningStatus.Answered)
        {
            ended = ended with { Status = WarningStatus.Closed, ClosedAt = time.GetUtcNow(), CloseReason = reason };
        }

        if (ended == w)
        {
            return;
        }

        await Commit(Current with { Warning = Bump(ended), ReversalPending = Current.ReversalPending || (invalid && w.VerifiedAt is not null) });
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Finishes side effects a previous activation saved but did not get to (a no-op otherwise), and heals a missed list row.
        if (!Current.Outbox.IsEmpty || Current.DeductionPending || Current.ReversalPending)
        {
            await Flush();
        }

        await WriteListRow();
    }

    /// <summary>Who may verify and who is routed to: the silo's copy of the staff directory, not a call to the company grain.</summary>
    private Task<ImmutableArray<PersonInfo>> People() => ServiceProvider.GetRequiredService<IStaffDirectory>().GetPeople();

    private static WarningView Bump(WarningView w) => w with { Version = w.Version + 1 };

    private PendingDelivery Delivery(WarningState s, string personId, InboxItemKind kind, DateTimeOffset at) =>
        new(personId, new InboxItem(InboxItemIds.For(Id, kind), at, Id, s.Warning!.Level, kind, WarningTitles.Prefix(kind) + s.Title, s.Warning.Subject.TicketId));
}
