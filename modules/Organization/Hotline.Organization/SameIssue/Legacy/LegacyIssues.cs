using Hotline.Organization.Contracts;
using Hotline.Organization.Issues;

namespace Hotline.Organization.SameIssue;

/// <summary>Hands one issue key's window, as an earlier version kept it in a project's or the company's state, to its counter.</summary>
public static class LegacyIssues
{
    public static async Task Adopt(IGrainFactory grains, IIncidentWarnings incidents, SameIssueKey key, IssueWindow window, IncidentScope scope)
    {
        var incident = window.Episode == 0 ? null : new SameIssueState
        {
            Episode = window.Episode,
            Open = window.Open,
            RaisePending = window.RaisePending,
            EpisodesToClose = window.EpisodesToClose.IsDefault ? [] : window.EpisodesToClose,
        };
        await grains.GetGrain<ISameIssueGrain>(key.GrainKey).Adopt(incident);

        // Links the earlier version had decided but not yet made (idempotent at the warning).
        if (window.Open && !window.RaisePending)
        {
            var warning = scope.WarningId(key.IssueKey, window.Episode);
            foreach (var ticket in window.PendingLinks.IsDefault ? [] : window.PendingLinks)
            {
                await incidents.Link(warning, ticket);
            }
        }
    }
}
