namespace Hotline.Escalation.Contracts;

/// <summary>The rule that raised a warning (A11). Values are stored: never renumber, only add.</summary>
[GenerateSerializer]
[Alias("Hotline.Escalation.WarningTrigger")]
public enum WarningTrigger
{
    /// <summary>A11.1.1: the same owner complains again about the same issue, or reopens the ticket.</summary>
    RepeatComplaint = 1,

    /// <summary>A11.1.2 / A11.2 / A11.3.1: 3, 7 or 15 days past the ticket's current due time.</summary>
    Overdue = 2,

    /// <summary>A11.3.3: one issue reaches 5% of a project's households.</summary>
    ProjectSameIssue = 3,

    /// <summary>A11.3.2: one issue reaches 5% of the company's households.</summary>
    CompanySameIssue = 4,

    /// <summary>A11.4: raised by a person for media or group-petition risk, with a reason.</summary>
    EscalationRisk = 5,
}
