using System.Collections.Immutable;
using Hotline.Escalation.Contracts;
using Hotline.Tickets.Contracts;

namespace Hotline.Organization.Issues;

/// <summary>
/// Carries out the saved raises, links and closes of a project's or the company's incidents. All calls are
/// idempotent (the warning id is derived from scope, key and episode), so a retry after a failure is harmless.
/// </summary>
public static class IncidentWarnings
{
    public static readonly Actor RaisedBy = new("hotline", "System");

    /// <summary>Raises and links what is pending; answers the windows with nothing pending (a failure throws, leaving them pending).</summary>
    public static async Task<ImmutableDictionary<string, IssueWindow>> Flush(
        IGrainFactory grains, IncidentScope scope, ImmutableDictionary<string, IssueWindow> issues, SameIssueRules rules, DateTimeOffset now)
    {
        foreach (var (key, w) in issues.Where(kv => kv.Value.HasPendingWarnings).ToList())
        {
            var warning = grains.GetGrain<IWarningGrain>(scope.WarningId(key, w.Episode));
            var linked = IssueWindows.Tickets(w, rules, now);
            if (w.RaisePending)
            {
                await warning.Raise(Command(scope, key, w, linked, rules, now));
            }

            foreach (var ticketId in w.PendingLinks.Where(t => !w.RaisePending || !linked.Contains(t)))
            {
                await warning.Link(ticketId);
            }

            foreach (var episode in w.EpisodesToClose.IsDefault ? [] : w.EpisodesToClose)
            {
                await grains.GetGrain<IWarningGrain>(scope.WarningId(key, episode)).Close(EndReason(scope, key, w, rules, now));
            }

            issues = issues.SetItem(key, w with { RaisePending = false, PendingLinks = [], EpisodesToClose = [] });
        }

        return issues;
    }

    /// <summary>Why an incident's warning closes: the count is below the threshold again (see <see cref="IssueTracking.Reevaluate"/>).</summary>
    public static string EndReason(IncidentScope scope, string key, IssueWindow w, SameIssueRules rules, DateTimeOffset now) =>
        $"{scope.Clause}: episode ended: {IssueWindows.Count(w, rules, now)} of {scope.Households} households report {key} " +
        $"within {rules.Window.TotalDays:0.##} days, below the threshold of {rules.Threshold(scope.Households)}";

    public static RaiseWarning Command(IncidentScope scope, string key, IssueWindow w, ImmutableArray<Guid> linked, SameIssueRules rules, DateTimeOffset now)
    {
        var rule = $"{scope.Clause}: {IssueWindows.Count(w, rules, now)} of {scope.Households} households " +
            $"(≥{rules.Percent:0.##}%) report {key} within {rules.Window.TotalDays:0.##} days";
        var subject = new WarningSubject(null, scope.ProjectId, scope.BranchId, key, linked);
        return new RaiseWarning(WarningLevel.Red, scope.Trigger, subject, rule, RaisedBy, null);
    }
}
