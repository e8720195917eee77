using System.Collections.Immutable;
using Hotline.Escalation.Contracts;
using Hotline.Kernel;

namespace Hotline.Organization.Issues;

/// <summary>The red warning of a project's (A11.3.3) or the company's (A11.3.2) same-issue incident: what it says when raised and when closed.</summary>
public static class IncidentWarnings
{
    public static readonly Actor RaisedBy = new("hotline", "System");

    /// <summary>Why an incident's warning closes: the count is below the threshold again.</summary>
    public static string EndReason(IncidentScope scope, string key, int count, SameIssueRules rules) =>
        $"{scope.Clause}: episode ended: {count} of {scope.Households} households report {key} " +
        $"within {rules.Window.TotalDays:0.##} days, below the threshold of {rules.Threshold(scope.Households)}";

    public static RaiseWarning Command(IncidentScope scope, string key, int count, ImmutableArray<Guid> linked, SameIssueRules rules)
    {
        var rule = $"{scope.Clause}: {count} of {scope.Households} households " +
            $"(≥{rules.Percent:0.##}%) report {key} within {rules.Window.TotalDays:0.##} days";
        var subject = new WarningSubject(null, scope.ProjectId, scope.BranchId, key, linked);
        return new RaiseWarning(WarningLevel.Red, scope.Trigger, subject, rule, RaisedBy, null);
    }
}
