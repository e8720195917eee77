using Hotline.Escalation.Contracts;
using Hotline.Kernel;
using Hotline.Security.Contracts;

namespace Hotline.WebConsole.Warnings;

/// <summary>
/// Whether a warning's state admits a command now, for the person in the role the access policy chose: a button the
/// grain would refuse (409) is not shown. The grain still decides; this only keeps dead buttons off the page.
/// </summary>
public static class WarningStates
{
    /// <summary>Before asking the access policy: what the status alone rules out (saves a question per button).</summary>
    public static bool MayAdmit(WarningView w, string command) => command switch
    {
        WarningCommandNames.Verify or WarningCommandNames.Dismiss => w.Status == WarningStatus.Raised,
        WarningCommandNames.Answer => w.Status == WarningStatus.Verified,
        WarningCommandNames.AssignDepartments => w.Level == WarningLevel.Red && w.Status is WarningStatus.Verified or WarningStatus.Answered,
        _ => false,
    };

    /// <summary>With the person and acting role: a verifier who has verified or dismissed already has nothing left to do; only the people routed to answer.</summary>
    public static bool Admits(WarningView w, string command, Caller by)
    {
        var role = by.ActingRoleName;
        return MayAdmit(w, command) && command switch
        {
            WarningCommandNames.Verify or WarningCommandNames.Dismiss =>
                !w.VerifiedBy.Any(a => a.Role == role) && !w.DismissedBy.Any(a => a.Role == role),
            WarningCommandNames.Answer => w.RoutedTo.Contains(by.PersonId),
            _ => true,
        };
    }
}
