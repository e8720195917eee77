using System.Collections.Immutable;
using Hotline.Escalation.Contracts;
using Hotline.Escalation.Routing;
using Hotline.Kernel;
using Hotline.Notifications.Contracts;

namespace Hotline.Escalation.Warnings;

/// <summary>A11.r: QualityDept's head brings the relevant functional departments into a verified red warning.</summary>
public sealed partial class WarningGrain
{
    public async Task<WarningOutcome> AssignDepartments(Actor by, ImmutableArray<string> departments)
    {
        if (Current.Warning is not { } w)
        {
            return Outcomes.NotFound();
        }

        var codes = departments.IsDefault ? [] : departments;
        var normalized = codes.Select(d => Departments.TryNormalize(d, out var c) ? c : null).ToList();
        if (codes.IsEmpty || normalized.Contains(null))
        {
            return Outcomes.Invalid(w, "departments", $"name one or more of: {string.Join(", ", Departments.Codes)}");
        }

        if (w.Level != WarningLevel.Red || WarningRoles.Parse(by.Role) != Role.QualityDeptHead)
        {
            return Outcomes.Refused(w, WarningRefusalReason.WrongRole, $"QualityDeptHead assigns functional departments to a red warning (A11.r); this is a {w.Level} warning and the role is '{by.Role}'");
        }

        if (w.Status is not (WarningStatus.Verified or WarningStatus.Answered))
        {
            return Outcomes.Refused(w, WarningRefusalReason.StateDoesNotAllow, $"the warning is {w.Status}; departments are assigned once it is verified");
        }

        var added = normalized.OfType<string>().Distinct().Except(w.AssignedDepartments).ToList();
        if (added.Count == 0)
        {
            return Outcomes.Done(w);
        }

        var now = time.GetUtcNow();
        var staff = WarningRouting.DepartmentStaff(added, await People());
        var next = Current with
        {
            Warning = Bump(w with
            {
                AssignedDepartments = w.AssignedDepartments.AddRange(added),
                RoutedTo = [.. w.RoutedTo.Union(staff)],
                // A11.r: the answer clock starts when the first people who can answer have the warning.
                AnswerDueAt = w.AnswerDueAt ?? (staff.IsEmpty ? null : (DateTimeOffset?)(now + options.AnswerLimit)),
            }),
        };
        await Commit(next with { Outbox = Current.Outbox.AddRange(staff.Select(p => Delivery(next, p, InboxItemKind.DepartmentsAssigned, now))) });
        return Outcomes.Done(Current.Warning!);
    }
}
