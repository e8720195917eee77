namespace Hotline.Organization.Contracts;

/// <summary>
/// A project's households as a registry (A11.1.1, A11.3: what repeat detection and same-issue counts key on), imported
/// from CSV. Intake asks it whether the household a caller names exists; answered from the rows, no grain activated.
/// </summary>
public interface IHouseholdRegistry
{
    /// <summary>
    /// In one read: whether any household of the project is registered (a project without a registry cannot be checked),
    /// and the registered household <paramref name="household"/> names ("3-1-1201", "3/1/1201", "3 1 1201"), or null.
    /// </summary>
    Task<(bool HasRegistry, RegisteredHousehold? Household)> Find(string projectId, string household);

    /// <summary>
    /// Every registered household, in any project, that lists <paramref name="phone"/> among its owners' numbers (any
    /// spelling: <c>+86 138-0013-8000</c> finds <c>13800138000</c>), ordered by project and household; empty for an
    /// unknown or malformed number. How the channels and the call center recognise an owner.
    /// </summary>
    Task<IReadOnlyList<RegisteredHousehold>> FindByPhone(string phone);

    /// <summary>How many households the project's registry holds now (0 for a project without one): what an import changes.</summary>
    Task<int> Count(string projectId);
}
