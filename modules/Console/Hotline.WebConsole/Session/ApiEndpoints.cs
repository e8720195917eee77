namespace Hotline.WebConsole.Session;

/// <summary>
/// The API endpoints whose access rule a console page or button asks (as the access table names them): a page shows
/// what the person could read through the API, and a button does what the API would let them do, nothing more.
/// </summary>
public static class ApiEndpoints
{
    public const string Me = "GET /api/auth/me";
    public const string Inbox = "GET /api/inbox";
    public const string InboxRead = "POST /api/inbox/read";
    public const string TicketList = "GET /api/tickets";
    public const string Ticket = "GET /api/tickets/{id:guid}";
    public const string TicketTimeline = "GET /api/tickets/{id:guid}/timeline";
    public const string TicketCommand = "POST /api/tickets/{id:guid}/{command}";
    public const string HouseholdImport = "POST /api/organization/projects/{id}/households/import";
    public const string ProjectPeople = "GET /api/organization/projects/{id}/people";
    public const string PersonDuty = "GET /api/organization/people/{id}/duty";
    public const string SlaPolicy = "GET /api/sla/policy";
    public const string EscalationPolicy = "GET /api/escalation/policy";
    public const string Plugins = "GET /api/plugins";
}
