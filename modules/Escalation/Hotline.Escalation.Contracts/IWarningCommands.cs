using Hotline.Kernel;

namespace Hotline.Escalation.Contracts;

/// <summary>
/// The commands of POST /api/warnings/{id}/{command} (verify, dismiss, answer, assign-departments), checked and sent to
/// the warning grain by the same code for the API and the console. The access policy is asked by the caller first.
/// </summary>
public interface IWarningCommands
{
    /// <summary>The functional departments a red warning can be assigned to (A11.r), as the command names them.</summary>
    IReadOnlyList<string> Departments { get; }

    Task<WarningCommandResult> Execute(Guid warningId, string command, WarningCommandRequest request, Actor by);
}
