namespace Hotline.Organization.Contracts;

/// <summary>
/// A11.1.1 asked ahead: would a complaint of this household about this issue, registered at <c>at</c>, repeat an
/// earlier one? The same rule (and rows) the project applies when a registered ticket reports its issue, so what the
/// call center is shown before registering is what registering then does.
/// </summary>
public interface IRepeatComplaints
{
    /// <summary>The earlier ticket the complaint would repeat, or null. Reads the rows only; records nothing.</summary>
    Task<Guid?> EarlierTicket(string projectId, string household, string issueKey, DateTimeOffset at, CancellationToken ct = default);
}
