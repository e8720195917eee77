namespace Hotline.Tickets.Contracts;

/// <summary>
/// Registers and dispatches a ticket. <see cref="RequestId"/> makes it idempotent: the ticket id is
/// derived from it, so the same request twice yields one ticket.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.RegisterTicket")]
public sealed record RegisterTicket(
    [property: Id(0)] string RequestId,
    [property: Id(1)] TicketKind Kind,
    [property: Id(2)] string ProjectId,
    [property: Id(3)] string BranchId,
    [property: Id(4)] string Text,
    [property: Id(5)] string? Category,
    [property: Id(6)] Severity? Severity,
    [property: Id(7)] string? Location,
    [property: Id(8)] string Channel,
    [property: Id(9)] string? RegisteredBy)
{
    /// <summary>The owner's household within the project (e.g. "3-1201"): what same-issue counting and repeat detection key on.</summary>
    [Id(10)]
    public string? Household { get; init; }

    /// <summary>The owner's name and phone, when given; the ticket keeps them whole but shows them only masked.</summary>
    [Id(11)]
    public OwnerContact? Owner { get; init; }

    /// <summary>The agent said explicitly that the caller gave no household (recorded and shown on the ticket).</summary>
    [Id(20)]
    public bool HouseholdNotGiven { get; init; }

    /// <summary>A11.1.1 by hand: the agent marks the ticket as a repeat complaint of this earlier ticket of the project.</summary>
    [Id(21)]
    public Guid? RepeatOf { get; init; }
}
