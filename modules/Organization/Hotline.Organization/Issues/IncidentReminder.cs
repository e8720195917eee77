using System.Collections.Immutable;

namespace Hotline.Organization.Issues;

/// <summary>
/// While a project or the company has an open same-issue incident, one reminder re-evaluates its windows, so an
/// episode ends (and its warning closes) when tickets age out of the window even if no new report arrives.
/// Durable: it survives a silo restart; a late or repeated tick only re-evaluates.
/// </summary>
public static class IncidentReminder
{
    public const string Name = "incidents";

    /// <summary>How soon the end of an episode is noticed without a new report.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromHours(1);

    /// <summary>
    /// Registers the reminder when an incident is to be raised (before the raise: a crash after it still leaves the reminder
    /// that will end the episode), then carries out what is pending. Answers the windows to save (the same instance when nothing was pending).
    /// </summary>
    public static async Task<ImmutableDictionary<string, IssueWindow>> FlushWarnings(
        IGrainBase grain, IGrainFactory grains, IncidentScope scope, ImmutableDictionary<string, IssueWindow> issues, SameIssueRules rules, DateTimeOffset now)
    {
        if (issues.Values.Any(w => w.RaisePending))
        {
            await grain.RegisterOrUpdateReminder(Name, Period, Period);
        }

        return issues.Values.Any(w => w.HasPendingWarnings)
            ? await IncidentWarnings.Flush(grains, scope, issues, rules, now)
            : issues;
    }

    /// <summary>Stops the reminder once no incident is open.</summary>
    public static async Task StopWhenIdle(IGrainBase grain, ImmutableDictionary<string, IssueWindow> issues)
    {
        if (!issues.Values.Any(w => w.Open) && await grain.GetReminder(Name) is { } reminder)
        {
            await grain.UnregisterReminder(reminder);
        }
    }
}
