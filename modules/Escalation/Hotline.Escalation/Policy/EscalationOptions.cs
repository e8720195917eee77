using System.ComponentModel.DataAnnotations;

namespace Hotline.Escalation.Policy;

/// <summary>
/// Section Hotline:Escalation (config/escalation-policy.json): A11's thresholds and answer limit and
/// A12's points, with the regulation's values as defaults (A13.2).
/// </summary>
public sealed class EscalationOptions : IValidatableObject
{
    public const string SectionName = "Hotline:Escalation";

    /// <summary>A12: points deducted per verified warning, by level (the ledger keeps two decimals).</summary>
    public decimal BluePoints { get; set; } = 0.2m;

    public decimal YellowPoints { get; set; } = 0.5m;

    public decimal RedPoints { get; set; } = 1.0m;

    /// <summary>A11.1.r / A11.2: the plan and its completion time are due this long after verification.</summary>
    public TimeSpan AnswerLimit { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// A raised warning is verified or dismissed within this time (Hotline:Escalation:VerificationLimit, default 1 day);
    /// past it, the verifiers still to act get an overdue notice. It stays in their queue whatever happens to its ticket.
    /// </summary>
    public TimeSpan VerificationLimit { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How long before the verification deadline the verifiers still to act are reminded (Hotline:Escalation:VerificationReminderLead; zero: no reminder).</summary>
    public TimeSpan VerificationReminderLead { get; set; } = TimeSpan.FromHours(2);

    /// <summary>A11.1.2 / A11.2 / A11.3.1: days past the ticket's current due time that raise blue, yellow, red.</summary>
    public int OverdueBlueDays { get; set; } = 3;

    public int OverdueYellowDays { get; set; } = 7;

    public int OverdueRedDays { get; set; } = 15;

    /// <summary>A11.1.1: the window in which a second complaint about the same issue is a repeat complaint.</summary>
    public TimeSpan RepeatComplaintWindow { get; set; } = TimeSpan.FromDays(30);

    /// <summary>A11.3.2 / A11.3.3: the rolling window for same-issue household counts.</summary>
    public TimeSpan SameIssueWindow { get; set; } = TimeSpan.FromDays(30);

    /// <summary>A11.3.2 / A11.3.3: percent of households at or above which a red warning is raised.</summary>
    public decimal SameIssueThresholdPercent { get; set; } = 5m;

    /// <summary>How long before a ticket deadline its project's liaisons and manager are told it is about to pass.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "7.00:00:00")]
    public TimeSpan DeadlineNoticeLead { get; set; } = TimeSpan.FromMinutes(5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        EscalationOptionsRules.Check(this);
}
