using Hotline.Kernel;

namespace Hotline.Security.Contracts.Access;

/// <summary>
/// Where a ticket or warning belongs, as the access policy needs it: its project and branch (none: company-wide, as a
/// company incident), the handler holding a ticket (issue 11) and a warning's level (who verifies depends on it).
/// </summary>
public sealed record ResourceLocation(string? ProjectId, string? BranchId)
{
    public string? HandlerId { get; init; }

    public WarningLevel? Level { get; init; }
}
