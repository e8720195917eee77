namespace Hotline.Tickets.Contracts.Lists;

/// <summary>
/// The query names of GET /api/tickets (and of <see cref="ITicketList"/>): one list for the API's parameters, the
/// console's list and the access policy's reading of the project or branch filter.
/// </summary>
public static class TicketListFilters
{
    public const string ProjectId = "projectId";
    public const string BranchId = "branchId";
    public const string Kind = "kind";
    public const string Category = "category";
    public const string Severity = "severity";
    public const string Status = "status";
    public const string Breached = "breached";
    public const string From = "from";
    public const string To = "to";
    public const string Q = "q";
    public const string Page = "page";
    public const string PageSize = "pageSize";
    public const string WarningLevel = "warningLevel";
    public const string Assignee = "assignee";
    public const string NeedsMyAction = "needsMyAction";
    public const string Household = "household";
    public const string Department = "department";
    public const string Handler = "handler";
    public const string Pool = "pool";

    public static IReadOnlyList<string> All { get; } =
    [
        ProjectId, BranchId, Kind, Category, Severity, Status, Breached, From, To, Q, Page, PageSize, WarningLevel, Assignee,
        NeedsMyAction, Household, Department, Handler, Pool,
    ];
}
