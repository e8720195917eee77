namespace Hotline.Escalation.Contracts;

/// <summary>
/// Whether a warning exists, and the project and branch it concerns, read from the warning list (table
/// <c>warning_list</c>) without activating the warning's grain: the access policy asks this first, so random
/// warning ids cost no activation.
/// </summary>
public interface IWarningScopes
{
    /// <summary>The warning's project and branch as of its last saved change; null when no warning has that id.</summary>
    Task<WarningScope?> Find(Guid warningId, CancellationToken ct = default);
}
