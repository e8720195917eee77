using Hotline.Kernel;

namespace Hotline.Escalation.Contracts;

/// <summary>
/// The warning list as GET /api/warnings reads it (the same code serves both): the API's filters by their query names
/// (status, level, projectId, branchId, from, to, after, limit), unfiltered scoped to the acting role's project or
/// branch as the API scopes it. The access policy's answer for GET /api/warnings is asked by the caller first.
/// </summary>
public interface IWarningList
{
    /// <summary>
    /// The open warnings (raised, verified or answered; only the given status when one is), newest first, each as its
    /// grain holds it now; or the filters at fault, named as the API's 400 names them.
    /// </summary>
    Task<WarningBoardAnswer> Open(IReadOnlyDictionary<string, string> filters, RoleAssignment? actingRole, CancellationToken ct = default);
}
