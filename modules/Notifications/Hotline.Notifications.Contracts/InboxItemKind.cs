namespace Hotline.Notifications.Contracts;

/// <summary>Why a person got an inbox item. Values are stored (inbox_items.kind, legacy inbox states): never renumber, only add. The alias predates this module.</summary>
[GenerateSerializer]
[Alias("Hotline.Escalation.InboxItemKind")]
public enum InboxItemKind
{
    /// <summary>A warning was raised and waits for this person's verification (A11.1.r, A11.2, A11.r).</summary>
    VerifyRequest = 1,

    /// <summary>A verified warning was routed to this person, who must answer with a plan within the answer limit.</summary>
    Routed = 2,

    /// <summary>The plan was not in by its due time: the chain is told again, once.</summary>
    AnswerOverdue = 3,

    /// <summary>A11.r: QualityDept's head assigned this person's functional department to a red warning.</summary>
    DepartmentsAssigned = 4,

    /// <summary>A11.r: the joint plan of a red warning, reported to the general manager.</summary>
    PlanReported = 5,

    /// <summary>A ticket's deadline is about to pass (the configured lead time before it): act before it is breached.</summary>
    DeadlineSoon = 6,

    /// <summary>A10.1.3.1, A9.2.2: a ticket was dispatched (or transferred) to this person's project: start within the limit.</summary>
    TicketDispatched = 7,

    /// <summary>A10.3.2–5: the unit reported a ticket's plan and completion time to QualityDept and the call center.</summary>
    TicketPlanReported = 8,

    /// <summary>A8.1.4: a red warning was raised; the vice-president in charge is told at once (for information).</summary>
    RedWarningRaised = 9,

    // 21 onwards: warning verification and A11.r's items (numbered apart so other modules' additions do not collide).

    /// <summary>A raised warning's verification deadline is near and this person has not verified or dismissed it yet.</summary>
    VerificationDueSoon = 21,

    /// <summary>A raised warning's verification deadline passed and this person has not verified or dismissed it yet.</summary>
    VerificationOverdue = 22,

    /// <summary>A11.r: a verified red warning waits for QualityDept's head to assign the functional departments that plan.</summary>
    AssignDepartmentsRequest = 23,

    // 24 onwards: the owner's side of a ticket.

    /// <summary>催單: the owner chased an open ticket of this person's project (the title carries the ticket number).</summary>
    Urged = 24,
    // 27–29: dispatch to the people on duty (issue 11).

    /// <summary>A ticket was given to this handler to carry out (assign mode, or its turn in round-robin).</summary>
    TicketAssigned = 27,

    /// <summary>A handler gave a ticket back to the project's pool, with a reason: the liaison finds it another handler.</summary>
    TicketReturned = 28,

    /// <summary>Round-robin found no on-duty handler of the ticket's category under the cap: it stays with the liaison.</summary>
    NoHandlerAvailable = 29,

    // 30–31: the weekly signed summary (A10.1.3.4, issue 12).

    /// <summary>A10.1.3.4: a project's weekly summary was drafted (or corrected) and waits for this project manager's signature.</summary>
    WeeklySummaryToSign = 30,

    /// <summary>A10.1.3.4: a weekly summary was not fully signed by its due time; this person's signature is still missing.</summary>
    WeeklySummaryLate = 31,

    /// <summary>A10.1.3.5: QualityDept published a month's bulletin (or a new version of it).</summary>
    MonthlyBulletinPublished = 34,
    // 32–33: QualityDept's reports to the vice-president in charge (A8.1.4, issue 12).

    /// <summary>A8.1.4: QualityDept released its weekly analysis for the vice-president in charge (the title carries the week).</summary>
    WeeklyAnalysisReleased = 32,

    /// <summary>A8.1.4: QualityDept marked a complaint major: the vice-president in charge is told at once.</summary>
    MajorComplaintReported = 33,
}
