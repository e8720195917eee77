namespace Hotline.Tickets.Contracts;

/// <summary>One household of one project, as tickets name it (<c>Ticket.Household</c>, the registry's label).</summary>
public sealed record HouseholdTickets(string ProjectId, string Household);
