using Hotline.Kernel;
using static Hotline.Kernel.Role;

namespace Hotline.Security.Tests.Access;

/// <summary>
/// The test's own statement of who may call what, written from the regulation and the security issue,
/// independently of the product's access table. One row per endpoint (per command for command endpoints).
/// </summary>
public static class ExpectedAccess
{
    private static readonly Role[] Everyone = Enum.GetValues<Role>();
    private static readonly Role[] CallCenter = [CallCenterAgent, CallCenterSupervisor];
    private static readonly Role[] Unit = [ProjectLiaison, ProjectManager, BranchHead];

    public static readonly IReadOnlyList<ExpectedRow> Rows =
    [
        ExpectedRow.Open("ANY /health/live"),
        ExpectedRow.Open("ANY /health/ready"),
        ExpectedRow.Open("POST /api/auth/token"),
        ExpectedRow.Open("GET /account/sign-in"),
        ExpectedRow.Open("POST /account/sign-in"),
        ExpectedRow.SignedIn("POST /account/sign-out"),
        ExpectedRow.SignedIn("GET /account/antiforgery"),
        ExpectedRow.SignedIn("GET /api/auth/me"),
        // Anyone signed in may revoke their own tokens (issue 10: sign-out revokes at once).
        ExpectedRow.SignedIn("POST /api/auth/sign-out") with { RevokesCaller = true },
        ExpectedRow.SignedIn("GET /api/organization"),
        // The API description and its reference page: any member of staff, never anonymous (it lists every route).
        ExpectedRow.SignedIn("GET /openapi/v1.json"),
        ExpectedRow.SignedIn("GET /openapi/reference"),
        // The owners' portal (issue 11): its sign-in is open; its pages are for owner sessions, never for staff credentials.
        ExpectedRow.Open("GET /portal"),
        ExpectedRow.Open("GET /portal/sign-in"),
        ExpectedRow.Open("POST /portal/api/sign-in/code"),
        ExpectedRow.Open("POST /portal/api/sign-in"),
        ExpectedRow.Open("POST /portal/sign-out"),
        ExpectedRow.Open("GET /_framework/opaque-redirect"),
        ExpectedRow.Owner("GET /portal/tickets"),
        ExpectedRow.Owner("GET /portal/tickets/new"),
        ExpectedRow.Owner("GET /portal/tickets/{Id:guid}"),
        // Issue 11, the owner hears back: the messages told in the portal, how to be told, and the open page's live feed.
        ExpectedRow.Owner("GET /portal/messages"),
        ExpectedRow.Owner("GET /portal/settings"),
        ExpectedRow.Owner("GET /portal/api/preferences"),
        ExpectedRow.Owner("PUT /portal/api/preferences"),
        ExpectedRow.Owner("GET /portal/live"),
        ExpectedRow.Open("GET /portal/live.js"),
        // The staff console (issue 13): its pages open to anyone signed in (a visitor goes to the sign-in form); each
        // page then asks the rule of the API endpoint it reads. Its live connection (the framework's hub) needs a session.
        ExpectedRow.SignedIn("GET /console"),
        ExpectedRow.SignedIn("GET /console/tickets"),
        ExpectedRow.SignedIn("GET /console/tickets/{Id:guid}"),
        ExpectedRow.SignedIn("GET /console/agent"),
        ExpectedRow.SignedIn("GET /console/warnings"),
        ExpectedRow.SignedIn("GET /console/dashboard"),
        ExpectedRow.SignedIn("GET /console/language"),
        ExpectedRow.SignedIn("GET /console/cluster"),
        ExpectedRow.SignedIn("GET /console/reports"),
        ExpectedRow.SignedIn("GET /console/reports/weekly/{Project}/{Week}"),
        ExpectedRow.SignedIn("GET /console/reports/bulletins"),
        ExpectedRow.SignedIn("GET /console/reports/analysis"),
        ExpectedRow.SignedIn("GET /console/admin"),
        ExpectedRow.SignedIn("GET /console/admin/organisation"),
        ExpectedRow.SignedIn("GET /console/admin/rosters"),
        ExpectedRow.SignedIn("GET /console/admin/policies"),
        ExpectedRow.SignedIn("GET /console/admin/plugins"),
        ExpectedRow.SignedIn("ANY /_blazor"),
        ExpectedRow.SignedIn("ANY /_blazor/negotiate"),
        ExpectedRow.SignedIn("ANY /_blazor/disconnect"),
        ExpectedRow.SignedIn("ANY /_blazor/initializers"),

        new("GET /api/plugins", ResourceScope.Company, [SystemAdministrator]),
        // A13.2: the SLA and escalation policies in force, read by the administrator and QualityDept.
        new("GET /api/sla/policy", ResourceScope.Company, [QualityDeptStaff, QualityDeptHead, SystemAdministrator]),
        new("GET /api/escalation/policy", ResourceScope.Company, [QualityDeptStaff, QualityDeptHead, SystemAdministrator]),
        new("POST /api/admin/query-store/rebuild", ResourceScope.Company, [SystemAdministrator]),
        // Issue 13: the operators' cluster status and the Orleans Dashboard (page, files, data): the administrator only.
        new("GET /api/admin/cluster", ResourceScope.Company, [SystemAdministrator]),
        // Issue 14: the Prometheus scrape, for the administrator (operators' networks are answered before sign-in).
        new("ANY /metrics", ResourceScope.Company, [SystemAdministrator]),
        new("GET /dashboard", ResourceScope.Company, [SystemAdministrator]),
        new("GET /dashboard/index.html", ResourceScope.Company, [SystemAdministrator]),
        new("GET /dashboard/favicon.ico", ResourceScope.Company, [SystemAdministrator]),
        new("GET /dashboard/index.min.js", ResourceScope.Company, [SystemAdministrator]),
        new("GET /dashboard/index.css", ResourceScope.Company, [SystemAdministrator]),
        new("GET /dashboard/fonts/{**path}", ResourceScope.Company, [SystemAdministrator]),
        new("GET /dashboard/img/{**path}", ResourceScope.Company, [SystemAdministrator]),
        new("GET /dashboard/version", ResourceScope.Company, [SystemAdministrator]),
        new("GET /dashboard/DashboardCounters", ResourceScope.Company, [SystemAdministrator]),
        new("GET /dashboard/ClusterStats", ResourceScope.Company, [SystemAdministrator]),
        new("GET /dashboard/Reminders", ResourceScope.Company, [SystemAdministrator]),
        new("GET /dashboard/Reminders/{page:int}", ResourceScope.Company, [SystemAdministrator]),
        new("GET /dashboard/HistoricalStats/{*path}", ResourceScope.Company, [SystemAdministrator]),
        new("GET /dashboard/SiloProperties/{*address}", ResourceScope.Company, [SystemAdministrator]),
        new("GET /dashboard/SiloMetadata/{*address}", ResourceScope.Company, [SystemAdministrator]),
        new("GET /dashboard/SiloStats/{*address}", ResourceScope.Company, [SystemAdministrator]),
        new("GET /dashboard/SiloCounters/{*address}", ResourceScope.Company, [SystemAdministrator]),
        new("GET /dashboard/GrainStats/{*grainName}", ResourceScope.Company, [SystemAdministrator]),
        new("GET /dashboard/TopGrainMethods", ResourceScope.Company, [SystemAdministrator]),
        new("GET /dashboard/GrainState", ResourceScope.Company, [SystemAdministrator]),
        new("GET /dashboard/LifecycleStages", ResourceScope.Company, [SystemAdministrator]),
        new("GET /dashboard/GrainTypes", ResourceScope.Company, [SystemAdministrator]),
        new("GET /dashboard/Trace", ResourceScope.Company, [SystemAdministrator]),
        new("GET /api/organization/branches/{id}", ResourceScope.Branch, Everyone),
        new("GET /api/organization/projects/{id}", ResourceScope.Project, Everyone),
        new("GET /api/organization/issues", ResourceScope.Company, Everyone),
        new("GET /api/organization/branches/{id}/issues", ResourceScope.Branch, Everyone),
        new("GET /api/organization/projects/{id}/issues", ResourceScope.Project, Everyone),
        new("PUT /api/organization/projects/{id}/households", ResourceScope.Project, [SystemAdministrator]),
        new("POST /api/organization/projects/{id}/households/import", ResourceScope.Project, [SystemAdministrator]),

        new("POST /api/tickets", ResourceScope.Company, CallCenter),
        // The 400 line's workspace (issue 11): the caller's record, a registration previewed, the softphone's call event.
        new("GET /api/call-center/owners", ResourceScope.Company, CallCenter),
        new("POST /api/call-center/precheck", ResourceScope.Company, CallCenter),
        new("POST /api/call-center/calls", ResourceScope.Company, CallCenter),
        new("GET /api/tickets", ResourceScope.Project, Everyone),
        new("GET /api/tickets/{id:guid}", ResourceScope.Project, Everyone),
        new("GET /api/tickets/{id:guid}/timeline", ResourceScope.Project, Everyone),
        new("GET /api/tickets/{id:guid}/photos", ResourceScope.Project, Everyone),
        new("GET /api/tickets/{id:guid}/photos/{photoId:guid}", ResourceScope.Project, Everyone),
        new("POST /api/tickets/{id:guid}/photos", ResourceScope.Project, [.. CallCenter, .. Unit]),
        new("GET /api/tickets/{id:guid}/owner-contact", ResourceScope.Project, [.. CallCenter, ProjectLiaison, ProjectManager]),
        new("GET /api/privacy/audit", ResourceScope.Company, [QualityDeptStaff, QualityDeptHead, AuditDeptStaff, SystemAdministrator]),
        Command("start", Unit),
        Command("contact", Unit),
        Command("report-plan", Unit),
        Command("wait-for-owner", Unit),
        Command("resume", Unit),
        Command("resolve", Unit),
        Command("callback", CallCenter),
        Command("reopen", CallCenter),
        Command("close", CallCenter),
        Command("file-statement", [ProjectManager, BranchHead]),
        Command("review-statement", [CallCenterSupervisor]),
        // A10.2.3: the liaison decides a suggestion; the unit's heads may too.
        Command("decide", [ProjectLiaison, ProjectManager, BranchHead]),
        Command("transfer", CallCenter),
        // A10.1.1 / A10.2.1: the liaison classifies on receipt.
        Command("correct-category", [.. CallCenter, QualityDeptStaff, QualityDeptHead, ProjectLiaison]),
        Command("confirm-category", [.. CallCenter, QualityDeptStaff, QualityDeptHead, ProjectLiaison]),
        Command("raise-severity", [.. CallCenter, QualityDeptStaff, QualityDeptHead]),
        Command("raise-risk-warning", [.. CallCenter, .. Unit, QualityDeptStaff, QualityDeptHead]),
        // A10.3.2–5: the plan is reported to QualityDept and the call center, who confirm it or send it back.
        Command("confirm-plan", [.. CallCenter, QualityDeptStaff, QualityDeptHead]),
        Command("return-plan", [.. CallCenter, QualityDeptStaff, QualityDeptHead]),
        // The owner's side (issue 11): the call center records what the owner says on the phone (rating, urge,
        // confirmation); a rating is answered by the project's liaison, manager, branch head, QualityDept or the
        // call-center supervisor.
        Command("rate", CallCenter),
        Command("urge", CallCenter),
        Command("confirm-resolution", CallCenter),
        Command("answer-rating", [CallCenterSupervisor, QualityDeptStaff, QualityDeptHead, ProjectLiaison, ProjectManager, BranchHead]),
        // Issue 11: the liaison on duty (or a unit head) gives a ticket to a handler; a handler of the project takes one.
        // A handler also takes the unit's steps and gives a ticket back, but only on a ticket they hold: the matrix's
        // ticket is held by nobody, so no handler may start it or return it (Tickets' dispatch tests hold one).
        Command("assign", Unit),
        Command("take", [ProjectHandler]),
        Command("return", []),

        // The supervisor's list, scoped like the ticket list (the matrix asks for p-sunrise's warnings).
        new("GET /api/warnings", ResourceScope.Project, Everyone),
        new("GET /api/warnings/{id:guid}", ResourceScope.Project, Everyone),
        new("GET /api/warnings/{id:guid}/penalties", ResourceScope.Project, Everyone),
        // Reports: the live view of the scope asked for (the matrix asks for project:p-sunrise's), scoped like the ticket list.
        new("GET /api/reports/overview", ResourceScope.Project, Everyone),
        // The fixture's warning is red (A11.r): the supervisor and QualityDept's head verify or dismiss it.
        new("POST /api/warnings/{id:guid}/verify", ResourceScope.Project, [CallCenterSupervisor, QualityDeptHead]),
        new("POST /api/warnings/{id:guid}/dismiss", ResourceScope.Project, [CallCenterSupervisor, QualityDeptHead]),
        new("POST /api/warnings/{id:guid}/answer", ResourceScope.Project,
            [.. Unit, CustomerServiceDeptStaff, EngineeringDeptStaff, SecurityDeptStaff, LegalDeptStaff, AuditDeptStaff]),
        new("POST /api/warnings/{id:guid}/assign-departments", ResourceScope.Project, [QualityDeptHead]),

        // Someone else's inbox: the administrator only (everyone reads their own: see AccessPolicyTests).
        new("GET /api/inbox", ResourceScope.Company, [SystemAdministrator]),
        // Marking read: only ever the caller's own items, so anyone signed in.
        ExpectedRow.SignedIn("POST /api/inbox/read"),
        ExpectedRow.SignedIn("POST /api/inbox/read-all"),
        new("GET /api/notifications/deliveries", ResourceScope.Company, [SystemAdministrator, CallCenterSupervisor]),
        new("PUT /api/organization/people/{id}/duty", ResourceScope.Company, [SystemAdministrator]),
        // Issue 10 item 14: the call center reads rosters and a project's people.
        new("GET /api/organization/people/{id}/duty", ResourceScope.Company, [.. CallCenter, QualityDeptStaff, QualityDeptHead, SystemAdministrator]),
        new("GET /api/organization/projects/{id}/people", ResourceScope.Project, Everyone),
        new("GET /api/scores", ResourceScope.Company, [QualityDeptStaff, QualityDeptHead, VicePresident, GeneralManager]),
        new("POST /api/scores/reversals", ResourceScope.Company, [QualityDeptHead]),
        // A12: a branch's own score, for its head (and those who read every branch's).
        new("GET /api/scores/branches/{id}", ResourceScope.Branch, [QualityDeptStaff, QualityDeptHead, VicePresident, GeneralManager, BranchHead]),

        // A10.1.3.4: the weekly summary. Read by its unit, QualityDept and leadership; the liaison adds remarks; the manager
        // and the branch head sign; the liaison or QualityDept correct; QualityDept and leadership list all, a branch head their branch.
        new("GET /api/reports/weekly-summaries", ResourceScope.Branch, [QualityDeptStaff, QualityDeptHead, VicePresident, GeneralManager, BranchHead]),
        new("POST /api/reports/weekly-summaries/{week}/draft", ResourceScope.Company, [QualityDeptStaff, QualityDeptHead, SystemAdministrator]),
        new("GET /api/reports/projects/{id}/weekly-summaries/{week}", ResourceScope.Project, [.. Unit, QualityDeptStaff, QualityDeptHead, VicePresident, GeneralManager]),
        new("POST /api/reports/projects/{id}/weekly-summaries/{week}/remarks", ResourceScope.Project, [ProjectLiaison]),
        new("POST /api/reports/projects/{id}/weekly-summaries/{week}/sign", ResourceScope.Project, [ProjectManager, BranchHead]),
        new("POST /api/reports/projects/{id}/weekly-summaries/{week}/corrections", ResourceScope.Project, [ProjectLiaison, QualityDeptStaff, QualityDeptHead]),
        // A8.1.4: QualityDept analyses the week for the vice-president and reports major complaints; leadership reads them.
        new("GET /api/reports/weekly-analyses/{week}", ResourceScope.Company, [QualityDeptStaff, QualityDeptHead, VicePresident, GeneralManager]),
        new("POST /api/reports/weekly-analyses/{week}/release", ResourceScope.Company, [QualityDeptStaff, QualityDeptHead]),
        new("POST /api/reports/major-complaints", ResourceScope.Company, [QualityDeptStaff, QualityDeptHead]),
        new("GET /api/reports/major-complaints", ResourceScope.Company, [QualityDeptStaff, QualityDeptHead, VicePresident, GeneralManager]),
        // Issue 11: channel webhooks carry their own HMAC signature; operators read (call center) and retry (its supervisor, the administrator).
        ExpectedRow.Open("POST /channels/{channel}/{**path}"),
        new("GET /api/channels/inbound", ResourceScope.Company, [.. CallCenter, SystemAdministrator]),
        new("POST /api/channels/inbound/{id:guid}/retry", ResourceScope.Company, [CallCenterSupervisor, SystemAdministrator]),
        new("GET /api/channels/contacts", ResourceScope.Company, CallCenter),
        new("POST /api/channels/contacts/{id:guid}/match", ResourceScope.Company, CallCenter),
        // Issue 11, the owner hears back: the call center reads what owners were told; the administrator runs the channels.
        new("GET /api/channels/outbox", ResourceScope.Company, [CallCenterAgent, CallCenterSupervisor, SystemAdministrator]),
        // The development SMS gateway stands in for a provider (its own API key); its outbox is read like the owner outbox.
        ExpectedRow.Open("POST /dev/sms-gateway"),
        new("GET /api/channels/dev-outbox", ResourceScope.Company, [CallCenterAgent, CallCenterSupervisor, SystemAdministrator]),
        // A10.1.3.5: QualityDept (staff and head) publishes the monthly bulletin; every member of staff reads it (their part).
        new("POST /api/reports/bulletins/{month}/publish", ResourceScope.Company, [QualityDeptStaff, QualityDeptHead]),
        ExpectedRow.SignedIn("GET /api/reports/bulletins"),
        ExpectedRow.SignedIn("GET /api/reports/bulletins/{month}"),
    ];

    private static ExpectedRow Command(string command, Role[] roles) =>
        new($"POST /api/tickets/{{id:guid}}/{command}", ResourceScope.Project, roles);
}
