using System.Collections.Frozen;
using Hotline.Organization.Contracts;

namespace Hotline.Organization.Directory;

/// <summary>
/// Sees every call this silo makes to the company grain; after one that changes the staff (e.g. <c>PUT
/// /api/organization/people/{id}/duty</c> → <see cref="ICompanyGrain.SetDuty"/>) it records a change, so this silo's
/// next directory read asks the company at once. A future staff-changing method belongs in <see cref="Changing"/>;
/// if it is forgotten there, every silo still sees the change within the check interval.
/// </summary>
public sealed class DirectoryChangeFilter(DirectoryChanges changes) : IOutgoingGrainCallFilter
{
    private static readonly FrozenSet<string> Changing = FrozenSet.Create(nameof(ICompanyGrain.ImportIfEmpty), nameof(ICompanyGrain.SetDuty));

    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        finally
        {
            // Also after a failure: a timed-out call may still have changed the staff.
            if (context.Request.GetInterfaceType() == typeof(ICompanyGrain) && Changing.Contains(context.Request.GetMethodName()))
            {
                changes.Record();
            }
        }
    }
}
