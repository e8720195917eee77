using System.ComponentModel.DataAnnotations;

namespace Hotline.Escalation.Policy;

/// <summary>What makes <see cref="EscalationOptions"/> usable: positive numbers that fit the ledger, levels in order.</summary>
internal static class EscalationOptionsRules
{
    // penalty_ledger.points is numeric(6,2).
    private const decimal MaxPoints = 9999.99m;

    public static IEnumerable<ValidationResult> Check(EscalationOptions o)
    {
        foreach (var (name, points) in new[] { (nameof(o.BluePoints), o.BluePoints), (nameof(o.YellowPoints), o.YellowPoints), (nameof(o.RedPoints), o.RedPoints) })
        {
            if (points <= 0 || points > MaxPoints || decimal.Round(points, 2) != points)
            {
                yield return new ValidationResult($"must be a positive number of points up to {MaxPoints} with at most two decimals, not {points}", [name]);
            }
        }

        foreach (var (name, span) in new[]
                 {
                     (nameof(o.AnswerLimit), o.AnswerLimit),
                     (nameof(o.VerificationLimit), o.VerificationLimit),
                     (nameof(o.RepeatComplaintWindow), o.RepeatComplaintWindow),
                     (nameof(o.SameIssueWindow), o.SameIssueWindow),
                 })
        {
            if (span <= TimeSpan.Zero)
            {
                yield return new ValidationResult($"must be a positive duration (d.hh:mm:ss), not {span}", [name]);
            }
        }

        if (o.VerificationReminderLead < TimeSpan.Zero || (o.VerificationLimit > TimeSpan.Zero && o.VerificationReminderLead >= o.VerificationLimit))
        {
            yield return new ValidationResult(
                $"must be zero (no reminder) or a positive duration shorter than VerificationLimit ({o.VerificationLimit}), not {o.VerificationReminderLead}",
                [nameof(o.VerificationReminderLead)]);
        }

        foreach (var (name, days) in new[] { (nameof(o.OverdueBlueDays), o.OverdueBlueDays), (nameof(o.OverdueYellowDays), o.OverdueYellowDays), (nameof(o.OverdueRedDays), o.OverdueRedDays) })
        {
            if (days <= 0)
            {
                yield return new ValidationResult($"must be a positive number of days, not {days}", [name]);
            }
        }

        if (o.OverdueBlueDays > 0 && o.OverdueYellowDays > 0 && o.OverdueRedDays > 0
            && !(o.OverdueBlueDays < o.OverdueYellowDays && o.OverdueYellowDays < o.OverdueRedDays))
        {
            yield return new ValidationResult(
                $"levels only go up: OverdueBlueDays < OverdueYellowDays < OverdueRedDays, not {o.OverdueBlueDays}, {o.OverdueYellowDays}, {o.OverdueRedDays}",
                [nameof(o.OverdueYellowDays)]);
        }

        if (o.SameIssueThresholdPercent <= 0 || o.SameIssueThresholdPercent > 100)
        {
            yield return new ValidationResult($"must be a percentage above 0 and at most 100, not {o.SameIssueThresholdPercent}", [nameof(o.SameIssueThresholdPercent)]);
        }
    }
}
