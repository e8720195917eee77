using System.Collections.Immutable;
using Hotline.Organization.Contracts;

namespace Hotline.Organization.Issues;

/// <summary>
/// The one piece of same-issue logic, shared by project, branch and company. <c>households</c> is the
/// total the threshold applies to, or null where the regulation sets none (a branch).
/// </summary>
public static class IssueTracking
{
    /// <summary>
    /// Prunes by <paramref name="now"/>, then records the report once (a known ticket id changes nothing and
    /// answers its first result). A new incident is marked to raise; a new ticket joining an open one, to link.
    /// </summary>
    public static (IssueWindow Window, IssueTicket Ticket) Record(
        IssueWindow w, string projectId, IssueReport report, SameIssueRules rules, DateTimeOffset now, int? households)
    {
        w = Reevaluate(w, rules, now, households);
        if (IssueWindows.Find(w, report.TicketId) is { } known)
        {
            return (w, known);
        }

        var openBefore = w.Open;
        (w, var ticket) = IssueWindows.Add(w, projectId, report, rules.RepeatWindow);
        w = Reevaluate(w, rules, now, households);
        if (openBefore && w.Open && rules.InWindow(ticket, now))
        {
            w = w with { PendingLinks = w.PendingLinks.Add(ticket.TicketId) };
        }

        return (w, ticket);
    }

    /// <summary>
    /// Prunes, then opens an incident (next episode, to raise) at the threshold or ends it below.
    /// When an episode ends (A11.3.2 / A11.3.3, product decision): the moment the rolling-window count of households
    /// falls below the threshold again, whether by tickets ageing out of the window or by a larger household count.
    /// The rule that raised the red warning no longer holds, so its warning is closed (with the count as reason) and
    /// the next time the issue reaches the threshold is a new incident with a new warning. Resolving the linked tickets
    /// does not end it: they still count while in the window, and each ticket's own warnings close with the ticket.
    /// </summary>
    public static IssueWindow Reevaluate(IssueWindow w, SameIssueRules rules, DateTimeOffset now, int? households)
    {
        w = IssueWindows.Prune(w, now, rules.Keep);
        var reached = rules.Reached(IssueWindows.Count(w, rules, now), households);
        return (reached, w.Open) switch
        {
            (true, false) => w with { Open = true, Episode = w.Episode + 1, RaisePending = true, PendingLinks = [] },
            (false, true) => w with { Open = false, EpisodesToClose = (w.EpisodesToClose.IsDefault ? [] : w.EpisodesToClose).Add(w.Episode) },
            _ => w,
        };
    }

    /// <summary>Every issue key at once (a household count changed).</summary>
    public static ImmutableDictionary<string, IssueWindow> ReevaluateAll(
        ImmutableDictionary<string, IssueWindow> issues, SameIssueRules rules, DateTimeOffset now, int? households) =>
        issues.Aggregate(issues, (all, kv) => Put(all, kv.Key, Reevaluate(kv.Value, rules, now, households)));

    /// <summary>Stores a window; one with no households and no incident history is dropped.</summary>
    public static ImmutableDictionary<string, IssueWindow> Put(ImmutableDictionary<string, IssueWindow> issues, string key, IssueWindow w) =>
        w.IsEmpty ? issues.Remove(key)
        : issues.TryGetValue(key, out var old) && ReferenceEquals(old, w) ? issues
        : issues.SetItem(key, w);

    public static IssueWindow Get(ImmutableDictionary<string, IssueWindow> issues, string key) =>
        issues.TryGetValue(key, out var w) ? w : new IssueWindow();

    /// <summary>Counts as of <paramref name="now"/> (a read: nothing is pruned or saved), largest first.</summary>
    public static ImmutableArray<IssueCount> Counts(
        ImmutableDictionary<string, IssueWindow> issues, SameIssueRules rules, DateTimeOffset now, int? households, Func<string, IssueWindow, Guid?> incident) =>
        [.. issues
            .Select(kv => new IssueCount(kv.Key, IssueWindows.Count(kv.Value, rules, now), rules.Threshold(households), kv.Value.Open ? incident(kv.Key, kv.Value) : null))
            .Where(c => c.Households > 0 || c.IncidentWarningId is not null)
            .OrderByDescending(c => c.Households)
            .ThenBy(c => c.IssueKey, StringComparer.Ordinal)];

    /// <summary>The key and household every level uses; rejects a report that has neither.</summary>
    public static string KeyOf(IssueReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(report.IssueKey, nameof(report));
        ArgumentException.ThrowIfNullOrWhiteSpace(report.Household, nameof(report));
        return report.IssueKey.Trim();
    }
}
