using System.Collections.Immutable;
using Hotline.Organization.Contracts;

namespace Hotline.Organization.Issues;

/// <summary>The red warning of a project's (A11.3.3) or the company's (A11.3.2) same-issue incident: what it says when raised and when closed.</summary>
public static class IncidentWarnings
{
    /// <summary>Why an incident's warning closes: the count is below the threshold again.</summary>
    public static string EndReason(IncidentScope scope, string key, int count, SameIssueRules rules) =>
        $"{scope.Clause}: episode ended: {count} of {scope.Households} households report {key} " +
        $"within {rules.Window.TotalDays:0.##} days, below the threshold of {rules.Threshold(scope.Households)}";

    /// <summary>The warning raised as the episode opens: its rule says the numbers that reached the threshold.</summary>
    public static IncidentWarning Raised(Guid warningId, IncidentScope scope, string key, int count, ImmutableArray<Guid> linked, SameIssueRules rules)
    {
        var rule = $"{scope.Clause}: {count} of {scope.Households} households " +
            $"(≥{rules.Percent:0.##}%) report {key} within {rules.Window.TotalDays:0.##} days";
        return new IncidentWarning(warningId, scope.Kind, scope.ProjectId, scope.BranchId, key, linked, rule);
    }
}
