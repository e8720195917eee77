using System.Collections.Immutable;
using Hotline.Organization.Contracts;

namespace Hotline.Organization.Issues;

/// <summary>Pure functions over one issue key's window. They return the same instance when nothing changes.</summary>
public static class IssueWindows
{
    /// <summary>Forgets tickets registered at or before now - keep, and households left with none.</summary>
    public static IssueWindow Prune(IssueWindow w, DateTimeOffset now, TimeSpan keep)
    {
        var cutoff = now - keep;
        if (w.Households.All(h => h.Tickets.All(t => t.At > cutoff)))
        {
            return w;
        }

        return w with
        {
            Households = [.. w.Households
                .Select(h => h with { Tickets = [.. h.Tickets.Where(t => t.At > cutoff)] })
                .Where(h => !h.Tickets.IsEmpty)],
        };
    }

    public static IssueTicket? Find(IssueWindow w, Guid ticketId) =>
        w.Households.SelectMany(h => h.Tickets).FirstOrDefault(t => t.TicketId == ticketId);

    /// <summary>Adds a ticket not yet in the window; its RepeatOf is the household's latest earlier ticket within the repeat window.</summary>
    public static (IssueWindow Window, IssueTicket Ticket) Add(IssueWindow w, string projectId, IssueReport report, TimeSpan repeatWindow)
    {
        var household = report.Household.Trim();
        var index = IndexOf(w.Households, projectId, household);
        var existing = index >= 0 ? w.Households[index] : new IssueHousehold(projectId, household, []);
        var repeatOf = existing.Tickets
            .Where(t => t.At <= report.At && report.At - t.At < repeatWindow)
            .OrderBy(t => t.At)
            .Select(t => (Guid?)t.TicketId)
            .LastOrDefault();
        var ticket = new IssueTicket(report.TicketId, report.At, repeatOf);
        var updated = existing with { Tickets = existing.Tickets.Add(ticket) };
        return (w with { Households = index >= 0 ? w.Households.SetItem(index, updated) : w.Households.Add(updated) }, ticket);
    }

    private static int IndexOf(ImmutableArray<IssueHousehold> households, string projectId, string household)
    {
        for (var i = 0; i < households.Length; i++)
        {
            if (households[i].Is(projectId, household))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Distinct households (per project) with a ticket inside the window.</summary>
    public static int Count(IssueWindow w, SameIssueRules rules, DateTimeOffset now) =>
        w.Households.Count(h => h.Tickets.Any(t => rules.InWindow(t, now)));

    /// <summary>Every ticket inside the window, oldest first.</summary>
    public static ImmutableArray<Guid> Tickets(IssueWindow w, SameIssueRules rules, DateTimeOffset now) =>
        [.. w.Households.SelectMany(h => h.Tickets).Where(t => rules.InWindow(t, now)).OrderBy(t => t.At).Select(t => t.TicketId)];
}
