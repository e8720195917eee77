namespace Hotline.Tickets.Contracts.Lists;

/// <summary>
/// The closed sets of GET /api/tickets' filters that are not enumerations of the contracts: <c>warningLevel</c> and
/// <c>assignee</c> (who must act next). The list's parser reads them from here and the console offers them as choices.
/// </summary>
public static class TicketListValues
{
    /// <summary>warningLevel=none: tickets without a live warning.</summary>
    public const string NoWarning = "none";

    public static IReadOnlyList<string> WarningLevels { get; } = ["Blue", "Yellow", "Red", NoWarning];

    /// <summary>The handling unit: the project's liaison, manager or branch head.</summary>
    public const string Unit = "unit";

    /// <summary>A reported plan waits for the call center or QualityDept to confirm it.</summary>
    public const string PlanConfirmation = "plan-confirmation";

    /// <summary>Callback or close.</summary>
    public const string CallCenter = "call-center";

    /// <summary>A statement waits for the call-center supervisor's review.</summary>
    public const string Supervisor = "supervisor";

    /// <summary>The unit's step while a handler holds the ticket.</summary>
    public const string Handler = "handler";

    public static IReadOnlyList<string> Assignees { get; } = [Unit, PlanConfirmation, CallCenter, Supervisor, Handler];
}
