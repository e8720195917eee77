namespace Hotline.CallCenter.Contracts;

/// <summary>
/// A registered household that matched: where it is, its owners' numbers masked, its open tickets (however old) and its
/// other tickets registered within <c>Hotline:CallCenter:RecentDays</c>, newest first.
/// </summary>
public sealed record HouseholdRecord(
    string ProjectId,
    string Household,
    string Building,
    string Unit,
    string Room,
    IReadOnlyList<string> MaskedPhones,
    IReadOnlyList<TicketLine> OpenTickets,
    IReadOnlyList<TicketLine> RecentTickets);
