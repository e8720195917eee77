using System.Collections.Immutable;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Grains;

/// <summary>
/// What a ticket grain persists. Null <see cref="Ticket"/> means no ticket was registered under this id.
/// Init properties (not a positional record) so the state Orleans creates for a new grain is valid.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.TicketState")]
public sealed record TicketState
{
    [Id(0)]
    public Ticket? Ticket { get; init; }

    /// <summary>Request ids already applied: a repeated command is answered, not applied again.</summary>
    [Id(1)]
    public ImmutableArray<string> HandledRequests { get; init; } = [];

    /// <summary>Append-only history.</summary>
    [Id(2)]
    public ImmutableArray<TimelineEntry> Timeline { get; init; } = [];

    /// <summary>Warnings this ticket raised; their deterministic ids make raising exactly-once.</summary>
    [Id(3)]
    public ImmutableArray<Warnings.TicketWarning> Warnings { get; init; } = [];

    /// <summary>Clocks whose "deadline soon" notice went out (keys from <see cref="Warnings.DeadlineNotices"/>).</summary>
    [Id(4)]
    public ImmutableArray<string> NoticesSent { get; init; } = [];

    /// <summary>Outbox: warnings decided but not yet confirmed raised.</summary>
    [Id(5)]
    public ImmutableArray<Warnings.PendingWarning> PendingWarnings { get; init; } = [];

    /// <summary>Outbox: the issue still has to be reported to the project (same-issue counts, repeat detection).</summary>
    [Id(6)]
    public bool IssueReportPending { get; init; }

    /// <summary>Outbox: the ticket resolved or became invalid and its warnings still have to be closed.</summary>
    [Id(7)]
    public bool WarningsToClose { get; init; }

    /// <summary>The owner's name and phone whole; never in <see cref="Ticket"/>, which carries them masked.</summary>
    [Id(8)]
    public OwnerContact? Owner { get; init; }

    /// <summary>Outbox: ticket events still to be told (dispatch, plan reported; see TicketGrain.Notices.cs). Not in
    /// <see cref="HasPendingEffects"/>: they are told right after the write and retried by the next tick, at no extra write.</summary>
    [Id(9)]
    public ImmutableArray<PendingTicketNotice> NoticesToSend { get; init; } = [];

    /// <summary>
    /// Outbox: counts follow the ticket (A11.3). Where its issue was counted before a category correction, a transfer or
    /// an A10.4 invalidation; the count is still to be moved (or withdrawn) from there.
    /// </summary>
    [Id(20)]
    public Warnings.ReportedIssue? IssueMoveFrom { get; init; }

    /// <summary>Outbox: what the owner is still to be told (received, plan confirmed, resolved, ...; TicketGrain.OwnerNotices.cs).
    /// Like <see cref="NoticesToSend"/>, not in <see cref="HasPendingEffects"/>: told right after the write, retried by the next tick.</summary>
    [Id(43)]
    public ImmutableArray<PendingOwnerNotice> OwnerNoticesToSend { get; init; } = [];

    /// <summary>Events whose message reached the owner and is on the timeline: a repeated delivery report records nothing.</summary>
    [Id(44)]
    public ImmutableArray<string> OwnerNoticesDelivered { get; init; } = [];

    public bool HasPendingEffects => IssueReportPending || WarningsToClose || !PendingWarnings.IsDefaultOrEmpty || IssueMoveFrom is not null;
}
