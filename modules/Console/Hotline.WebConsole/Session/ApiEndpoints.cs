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
    public const string OwnerContact = "GET /api/tickets/{id:guid}/owner-contact";
    public const string TicketPhotos = "GET /api/tickets/{id:guid}/photos";
    public const string TicketCommand = "POST /api/tickets/{id:guid}/{command}";
    public const string ClusterStatus = "GET /api/admin/cluster";
    public const string TicketRegister = "POST /api/tickets";
    public const string CallCenterOwners = "GET /api/call-center/owners";
    public const string CallCenterPrecheck = "POST /api/call-center/precheck";
    public const string ReportsOverview = "GET /api/reports/overview";
    public const string WeeklySummaryList = "GET /api/reports/weekly-summaries";
    public const string WeeklySummary = "GET /api/reports/projects/{id}/weekly-summaries/{week}";
    public const string WeeklySummaryRemarks = "POST /api/reports/projects/{id}/weekly-summaries/{week}/remarks";
    public const string WeeklySummarySign = "POST /api/reports/projects/{id}/weekly-summaries/{week}/sign";
    public const string BulletinList = "GET /api/reports/bulletins";
    public const string BulletinRead = "GET /api/reports/bulletins/{month}";
    public const string BulletinPublish = "POST /api/reports/bulletins/{month}/publish";
    public const string WeeklyAnalysis = "GET /api/reports/weekly-analyses/{week}";
    public const string WeeklyAnalysisRelease = "POST /api/reports/weekly-analyses/{week}/release";
    public const string WarningList = "GET /api/warnings";
    public const string WarningCommand = "POST /api/warnings/{id:guid}/{command}";
    public const string HouseholdImport = "POST /api/organization/projects/{id}/households/import";
    public const string ProjectPeople = "GET /api/organization/projects/{id}/people";
    public const string PersonDuty = "GET /api/organization/people/{id}/duty";
    public const string SlaPolicy = "GET /api/sla/policy";
    public const string EscalationPolicy = "GET /api/escalation/policy";
    public const string Plugins = "GET /api/plugins";
}
