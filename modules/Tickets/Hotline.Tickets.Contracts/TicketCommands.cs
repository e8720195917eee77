namespace Hotline.Tickets.Contracts;

/// <summary>The names of the ticket commands, as used in URLs and in "allowed commands" answers.</summary>
public static class TicketCommands
{
    public const string Start = "start";
    public const string Contact = "contact";
    public const string ReportPlan = "report-plan";
    public const string WaitForOwner = "wait-for-owner";
    public const string ResumeHandling = "resume";
    public const string Resolve = "resolve";
    public const string Callback = "callback";
    public const string Reopen = "reopen";
    public const string FileStatement = "file-statement";
    public const string ReviewStatement = "review-statement";
    public const string Decide = "decide";
    public const string Close = "close";
    public const string Transfer = "transfer";
    public const string CorrectCategory = "correct-category";
    public const string RaiseSeverity = "raise-severity";

    /// <summary>A10.1.1 / A10.2.1: the liaison confirms the suggested category on receipt.</summary>
    public const string ConfirmCategory = "confirm-category";

    /// <summary>A10.3.2–5: QualityDept or the call center confirms the reported plan and completion time.</summary>
    public const string ConfirmPlan = "confirm-plan";

    /// <summary>A10.3.2–5: QualityDept or the call center sends the reported plan back, with a reason.</summary>
    public const string ReturnPlan = "return-plan";

    /// <summary>A11.4: a person raises a red warning for media or group-petition risk, with a reason.</summary>
    public const string RaiseRiskWarning = "raise-risk-warning";

    /// <summary>A2 (owner-facing): the owner rates a resolution on overall, speed and attitude.</summary>
    public const string Rate = "rate";

    /// <summary>Staff answer an owner's rating.</summary>
    public const string AnswerRating = "answer-rating";

    /// <summary>催單: the owner chases an open ticket; the unit is told at once (A10.1.3.3).</summary>
    public const string Urge = "urge";

    /// <summary>The owner confirms the resolution, closing the ticket as a reached callback does.</summary>
    public const string ConfirmResolution = "confirm-resolution";

    /// <summary>Issue 11 (assign mode, and any mode by hand): the liaison on duty gives the ticket to a handler.</summary>
    public const string Assign = "assign";

    /// <summary>Issue 11 (grab mode): an on-duty handler takes a ticket from the project's pool; the first take wins.</summary>
    public const string Take = "take";

    /// <summary>Issue 11: the handler gives the ticket back to the pool (the liaison), with a reason.</summary>
    public const string Return = "return";

    public static IReadOnlyList<string> All { get; } =
    [
        Start, Contact, ReportPlan, WaitForOwner, ResumeHandling, Resolve, Callback, Reopen,
        FileStatement, ReviewStatement, Decide, Close, Transfer, CorrectCategory, RaiseSeverity, RaiseRiskWarning,
        ConfirmPlan, ReturnPlan, ConfirmCategory, Rate, AnswerRating, Urge, ConfirmResolution, Assign, Take, Return,
    ];
}
