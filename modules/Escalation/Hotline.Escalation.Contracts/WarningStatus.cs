namespace Hotline.Escalation.Contracts;

/// <summary>A warning's lifecycle. Values are stored: never renumber, only add.</summary>
[GenerateSerializer]
[Alias("Hotline.Escalation.WarningStatus")]
public enum WarningStatus
{
    /// <summary>Raised automatically or by a person; waits for the call-center supervisor (and, for red, QualityDept's head).</summary>
    Raised = 1,

    /// <summary>Verified and routed to the chain its level names; a plan and completion time are due within 1 day.</summary>
    Verified = 2,

    /// <summary>Dismissed with a reason; books nothing.</summary>
    Dismissed = 3,

    /// <summary>The people notified answered with a plan and a promised completion time.</summary>
    Answered = 4,

    /// <summary>Closed because its ticket (or every linked ticket) resolved.</summary>
    Closed = 5,
}
