using Hotline.Kernel;

namespace Hotline.Organization.Contracts;

/// <summary>
/// The deterministic id of a same-issue incident's warning: one per scope, issue key and episode, so raising it again
/// (a retry, a reminder tick, a silo failover) names the same warning. The text is unchanged from when the Escalation
/// module's WarningIds derived it, so warnings already raised keep their ids.
/// </summary>
public static class IncidentWarningIds
{
    /// <param name="scope"><c>company</c> or <c>project/{id}</c>.</param>
    public static Guid For(string scope, string issueKey, long episode) =>
        NameBasedGuid.From($"incident/{scope}/{issueKey}/{episode}");
}
