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
    public const string WarningList = "GET /api/warnings";
    public const string WarningCommand = "POST /api/warnings/{id:guid}/{command}";
}
