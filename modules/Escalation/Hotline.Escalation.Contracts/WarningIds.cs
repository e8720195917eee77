using Hotline.Kernel;

namespace Hotline.Escalation.Contracts;

/// <summary>
/// Deterministic warning ids: the same subject and rule always name the same warning grain, which
/// makes raising exactly-once across retries, repeated reminder ticks and silo failover.
/// </summary>
public static class WarningIds
{
    public static Guid ForTicket(Guid ticketId, WarningTrigger trigger, WarningLevel level, int occurrence = 0) =>
        From($"ticket/{ticketId:N}/{trigger}/{level}/{occurrence}");

    /// <summary>
    /// A11.1.1: the <paramref name="procedure"/>-th repeat-complaint procedure of one household about one issue in a
    /// project. Later calls link to the open one instead of raising another blue (issue 10 item 12).
    /// </summary>
    public static Guid ForRepeat(string projectId, string household, string issueKey, int procedure) =>
        From($"repeat/{projectId}/{household}/{issueKey}/{procedure}");

    private static Guid From(string name) => NameBasedGuid.From(name);
}
