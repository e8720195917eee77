using Hotline.Kernel;

namespace Hotline.Escalation.Routing;

/// <summary>The roles that act on a warning. Actors name their role as text; these compare it by name, ignoring case.</summary>
public static class WarningRoles
{
    /// <summary>Blue and yellow: the call-center supervisor; red: the supervisor and QualityDept's head, both.</summary>
    public static IReadOnlyList<Role> Verifiers(WarningLevel level) =>
        level == WarningLevel.Red ? [Role.CallCenterSupervisor, Role.QualityDeptHead] : [Role.CallCenterSupervisor];

    /// <summary>The role named by <paramref name="text"/>, when it is one of the regulation's roles.</summary>
    public static Role? Parse(string? text) =>
        Enum.GetNames<Role>().FirstOrDefault(n => string.Equals(n, text?.Trim(), StringComparison.OrdinalIgnoreCase)) is { } name
            ? Enum.Parse<Role>(name)
            : null;

    public static string Names(IEnumerable<Role> roles) => string.Join(" and ", roles);
}
