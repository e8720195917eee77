using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Workflow;

/// <summary>The limits a ticket was given at registration, as the workflow needs them.</summary>
public interface IClockRules
{
    /// <summary>When a clock of this kind, started at <paramref name="from"/>, falls due (duty hours or calendar time).</summary>
    DateTimeOffset DueAt(ClockKind clock, Severity severity, DateTimeOffset from);

    /// <summary>Failed callbacks after which a resolved ticket closes without a rating.</summary>
    int CallbackAttempts { get; }

    /// <summary>How long after closing the owner may reopen (a repeat complaint).</summary>
    TimeSpan ReopenWindow { get; }

    /// <summary>A10.4: how long after dispatch a non-responsibility statement may be filed.</summary>
    TimeSpan StatementWindow { get; }

    /// <summary>A10.1.3.3: the furthest a wait on the owner may set its follow-up (Hotline:Tickets:OwnerWait:MaxWait).</summary>
    TimeSpan OwnerWaitLimit { get; }
}
