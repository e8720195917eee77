namespace Hotline.Organization.Contracts;

/// <summary>
/// A registered ticket's issue, reported to its project for the same-issue counts (A11.3) and the
/// repeat-complaint check (A11.1.1). <see cref="At"/> is when the ticket was registered.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Organization.IssueReport")]
public sealed record IssueReport(
    [property: Id(0)] Guid TicketId,
    [property: Id(1)] string IssueKey,
    [property: Id(2)] string Household,
    [property: Id(3)] DateTimeOffset At)
{
    /// <summary>
    /// The problem is in one place of the estate (a building, its car park), not the whole estate's (a water cut, a fee
    /// rise): at company level (A11.3.2) it is that project's problem, not the same problem as the same place elsewhere.
    /// </summary>
    [Id(4)]
    public bool Local { get; init; }
}
