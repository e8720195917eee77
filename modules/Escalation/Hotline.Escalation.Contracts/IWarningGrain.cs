using System.Collections.Immutable;
using Hotline.Kernel;

namespace Hotline.Escalation.Contracts;

/// <summary>One warning, a work item with its own lifecycle (A11). Every method is idempotent.</summary>
[Alias("Hotline.Escalation.IWarningGrain")]
public interface IWarningGrain : IGrainWithGuidKey
{
    /// <summary>Raises the warning once; later calls return it unchanged.</summary>
    [Alias("Raise")]
    Task<WarningView> Raise(RaiseWarning command);

    /// <summary>Verification by the call-center supervisor (and, for red, also QualityDept's head); routes and books the deduction.</summary>
    [Alias("Verify")]
    Task<WarningOutcome> Verify(Actor by);

    [Alias("Dismiss")]
    Task<WarningOutcome> Dismiss(Actor by, string reason);

    [Alias("Answer")]
    Task<WarningOutcome> Answer(WarningAnswer answer);

    /// <summary>A11.r: QualityDept's head assigns the functional departments of a red warning.</summary>
    [Alias("AssignDepartments")]
    Task<WarningOutcome> AssignDepartments(Actor by, ImmutableArray<string> departments);

    /// <summary>A new ticket joins a same-issue incident instead of raising a new warning.</summary>
    [Alias("Link")]
    Task Link(Guid ticketId);

    [Alias("Supersede")]
    Task Supersede(Guid higherWarningId);

    /// <summary>
    /// The ticket resolved or the same-issue episode ended: a verified warning closes (no plan is owed any more); a
    /// raised one stays in the verifiers' queue, noting the end, until it is verified or dismissed.
    /// </summary>
    [Alias("Close")]
    Task Close(string reason);

    /// <summary>A10.4: the complaint was found invalid. Ends it like <see cref="Close"/>, and reverses its deduction by a new ledger entry.</summary>
    [Alias("Invalidate")]
    Task Invalidate(string reason);

    [Alias("Get")]
    Task<WarningView?> Get();
}
