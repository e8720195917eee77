using Hotline.Escalation.Contracts;
using Hotline.Security.Contracts.Access;

namespace Hotline.Escalation.Access;

/// <summary>
/// Where a warning is, for the access policy: the warning list says whether it exists (an unknown id activates no
/// grain), the grain where it is and how grave it is now (who verifies depends on the level).
/// </summary>
public sealed class WarningLocator(IGrainFactory grains, IWarningScopes warnings) : IWarningLocator
{
    public async Task<ResourceLocation?> Locate(Guid warningId) =>
        await warnings.Find(warningId) is not null && await grains.GetGrain<IWarningGrain>(warningId).Get() is { } warning
            ? new ResourceLocation(warning.Subject.ProjectId, warning.Subject.BranchId) { Level = warning.Level }
            : null;
}
