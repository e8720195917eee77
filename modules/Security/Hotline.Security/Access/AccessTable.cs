using System.Collections.Immutable;
using Hotline.Kernel;
using static Hotline.Security.Access.AccessRule;
using static Hotline.Security.Access.ResourceKind;
using static Hotline.Security.Access.RoleSets;

namespace Hotline.Security.Access;

/// <summary>
/// The one place that says who may call what: every endpoint, keyed "METHOD /route/pattern", and for the
/// command endpoints every command. An endpoint not listed here is refused to everyone (deny by default).
/// </summary>
public static class AccessTable
{
    public const string CommandRouteValue = "command";

    /// <summary>Reading a ticket and what hangs off it: every staff role, within its own scope.</summary>
    private static readonly AccessRule ReadTicket = On(Ticket, AllStaff);

    /// <summary>The unit's steps: its liaison, manager and branch head, and the handler holding the ticket (issue 11).</summary>
    private static readonly AccessRule UnitStep = On(Ticket, Of(Unit, Handlers)) with { HolderOnly = Handlers };

    /// <summary>The Orleans Dashboard's routes: the administrator only (some answer 404 to them too: see the Operations module).</summary>
    private static readonly AccessRule Operator = On(Company, Role.SystemAdministrator);

    public static readonly ImmutableDictionary<string, AccessRule> Endpoints = new Dictionary<string, AccessRule>
    {
        ["ANY /health/live"] = Open,
        ["ANY /health/ready"] = Open,
        // Issue 14: the Prometheus scrape; an operators' network (Hotline:Metrics:ScrapeNetworks) is answered before sign-in.
        ["ANY /metrics"] = Operator,
        ["POST /api/auth/token"] = Open,
        ["GET /account/sign-in"] = Open,
        ["POST /account/sign-in"] = Open,
        ["POST /account/sign-out"] = SignedIn,
        ["GET /account/antiforgery"] = SignedIn,
        ["GET /api/auth/me"] = SignedIn,
        ["POST /api/auth/sign-out"] = SignedIn, // revokes the caller's own tokens only
        ["GET /openapi/v1.json"] = SignedIn,
        ["GET /openapi/reference"] = SignedIn,

        // The owners' portal: sign-in is open; its pages admit only the portal's own owner session, never a staff one.
        ["GET /portal"] = Open,
        ["GET /portal/sign-in"] = Open,
        ["POST /portal/api/sign-in/code"] = Open,
        ["POST /portal/api/sign-in"] = Open,
        ["POST /portal/sign-out"] = Open,
        ["GET /_framework/opaque-redirect"] = Open, // the component framework's redirect helper, mapped with the portal's pages
        ["GET /portal/tickets"] = Owner,
        ["GET /portal/tickets/new"] = Owner,
        ["GET /portal/tickets/{Id:guid}"] = Owner,
        ["GET /portal/messages"] = Owner,
        ["GET /portal/settings"] = Owner,
        ["GET /portal/api/preferences"] = Owner,
        ["PUT /portal/api/preferences"] = Owner,
        ["GET /portal/live"] = Owner, // the open page's feed of changed ticket ids (Server-Sent Events)
        ["GET /portal/live.js"] = Open, // the portal's one script, the same for everyone

        // The staff console (issue 13): any signed-in person opens a page (a visitor is sent to sign in); what a page
        // shows and does asks the rule of the API endpoint it reads or calls. Its live connection needs the session too.
        ["GET /console"] = ConsolePage,
        ["GET /console/tickets"] = ConsolePage,
        ["GET /console/agent"] = ConsolePage,
        ["GET /console/tickets/{Id:guid}"] = ConsolePage,
        ["GET /console/dashboard"] = ConsolePage,
        ["GET /console/warnings"] = ConsolePage,
        ["GET /console/language"] = ConsolePage,
        ["GET /console/cluster"] = ConsolePage, // shows GET /api/admin/cluster's answer (the administrator)
        ["GET /console/reports"] = ConsolePage,
        ["GET /console/reports/weekly/{Project}/{Week}"] = ConsolePage,
        ["GET /console/reports/bulletins"] = ConsolePage,
        ["GET /console/reports/analysis"] = ConsolePage,
        ["GET /console/admin"] = ConsolePage,
        ["GET /console/admin/organisation"] = ConsolePage,
        ["GET /console/admin/rosters"] = ConsolePage,
        ["GET /console/admin/policies"] = ConsolePage,
        ["GET /console/admin/plugins"] = ConsolePage,
        ["ANY /_blazor"] = SignedIn,
        ["ANY /_blazor/negotiate"] = SignedIn,
        ["ANY /_blazor/disconnect"] = SignedIn,
        ["ANY /_blazor/initializers"] = SignedIn,

        ["GET /api/plugins"] = On(Company, Role.SystemAdministrator),
        // The policies in force, read-only (A13.2): the administrator who configures them and QualityDept who enforces them.
        ["GET /api/sla/policy"] = On(Company, Of(QualityDept, [Role.SystemAdministrator])),
        ["GET /api/escalation/policy"] = On(Company, Of(QualityDept, [Role.SystemAdministrator])),
        ["POST /api/admin/query-store/rebuild"] = On(Company, Role.SystemAdministrator),
        // Issue 13, cluster operations: the status and the Orleans Dashboard's page, files and data (Operations module).
        ["GET /api/admin/cluster"] = On(Company, Role.SystemAdministrator),
        ["GET /dashboard"] = Operator,
        ["GET /dashboard/index.html"] = Operator,
        ["GET /dashboard/favicon.ico"] = Operator,
        ["GET /dashboard/index.min.js"] = Operator,
        ["GET /dashboard/index.css"] = Operator,
        ["GET /dashboard/fonts/{**path}"] = Operator,
        ["GET /dashboard/img/{**path}"] = Operator,
        ["GET /dashboard/version"] = Operator,
        ["GET /dashboard/DashboardCounters"] = Operator,
        ["GET /dashboard/ClusterStats"] = Operator,
        ["GET /dashboard/Reminders"] = Operator,
        ["GET /dashboard/Reminders/{page:int}"] = Operator,
        ["GET /dashboard/HistoricalStats/{*path}"] = Operator,
        ["GET /dashboard/SiloProperties/{*address}"] = Operator,
        ["GET /dashboard/SiloMetadata/{*address}"] = Operator,
        ["GET /dashboard/SiloStats/{*address}"] = Operator,
        ["GET /dashboard/SiloCounters/{*address}"] = Operator,
        ["GET /dashboard/GrainStats/{*grainName}"] = Operator,
        ["GET /dashboard/TopGrainMethods"] = Operator,
        ["GET /dashboard/GrainState"] = Operator,
        ["GET /dashboard/LifecycleStages"] = Operator,
        ["GET /dashboard/GrainTypes"] = Operator,
        ["GET /dashboard/Trace"] = Operator,

        ["GET /api/organization"] = SignedIn,
        ["GET /api/organization/branches/{id}"] = On(Branch, AllStaff),
        ["GET /api/organization/projects/{id}"] = On(Project, AllStaff),
        ["GET /api/organization/issues"] = On(Company, AllStaff),
        ["GET /api/organization/branches/{id}/issues"] = On(Branch, AllStaff),
        ["GET /api/organization/projects/{id}/issues"] = On(Project, AllStaff),
        ["PUT /api/organization/projects/{id}/households"] = On(Project, Role.SystemAdministrator),
        ["POST /api/organization/projects/{id}/households/import"] = On(Project, Role.SystemAdministrator),
        ["PUT /api/organization/people/{id}/duty"] = On(Company, Role.SystemAdministrator),
        // Who is on duty when, and who answers for a project: what the call center needs to reach the unit.
        ["GET /api/organization/people/{id}/duty"] = On(Company, Of(CallCenter, QualityDept, [Role.SystemAdministrator])),
        ["GET /api/organization/projects/{id}/people"] = On(Project, AllStaff),

        ["POST /api/tickets"] = On(Company, CallCenter),
        // The agent's workspace: who is calling and what they have open, a registration previewed, the CTI's call event.
        ["GET /api/call-center/owners"] = On(Company, CallCenter),
        ["POST /api/call-center/precheck"] = On(Company, CallCenter),
        ["POST /api/call-center/calls"] = On(Company, CallCenter),
        ["GET /api/tickets"] = On(TicketSearch, AllStaff),
        ["GET /api/tickets/{id:guid}"] = ReadTicket,
        ["GET /api/tickets/{id:guid}/timeline"] = ReadTicket,
        ["GET /api/tickets/{id:guid}/photos"] = ReadTicket,
        ["GET /api/tickets/{id:guid}/photos/{photoId:guid}"] = ReadTicket,
        ["POST /api/tickets/{id:guid}/photos"] = On(Ticket, Of(CallCenter, Unit)),

        // Owners' privacy: the whole name and phone only for those who call the owner; every view is audited.
        ["GET /api/tickets/{id:guid}/owner-contact"] = On(Ticket, Of(CallCenter, [Role.ProjectLiaison, Role.ProjectManager])),
        ["GET /api/privacy/audit"] = On(Company, Of(QualityDept, [Role.AuditDeptStaff, Role.SystemAdministrator])),

        ["GET /api/warnings"] = On(TicketSearch, AllStaff), // scoped like the ticket list
        ["GET /api/warnings/{id:guid}"] = On(Warning, AllStaff),
        ["GET /api/warnings/{id:guid}/penalties"] = On(Warning, AllStaff),

        // Reports (issue 12): the live view, scoped like the ticket list (a liaison their project, a branch head their branch).
        ["GET /api/reports/overview"] = On(ReportScope, AllStaff),

        ["GET /api/inbox"] = On(Person, Role.SystemAdministrator) with { Self = true },
        ["POST /api/inbox/read"] = SignedIn, // the caller's own items only
        ["POST /api/inbox/read-all"] = SignedIn,
        ["GET /api/notifications/deliveries"] = On(Person, Role.SystemAdministrator, Role.CallCenterSupervisor) with { Self = true },
        ["GET /api/scores"] = On(Company, Of(QualityDept, Leadership)),
        ["GET /api/scores/branches/{id}"] = On(Branch, Of(QualityDept, Leadership, [Role.BranchHead])), // A12: a branch sees its own score
        ["POST /api/scores/reversals"] = On(Company, Role.QualityDeptHead),

        // Issue 11: a channel's webhook is authenticated by its HMAC signature (checked by the Channels module), not a sign-in.
        ["POST /channels/{channel}/{**path}"] = Open,
        // What the channels received: the call center reads it; its supervisor and the administrator retry a message.
        ["GET /api/channels/inbound"] = On(Company, Of(CallCenter, [Role.SystemAdministrator])),
        ["POST /api/channels/inbound/{id:guid}/retry"] = On(Company, Role.CallCenterSupervisor, Role.SystemAdministrator),
        // Senders nobody could place: the call center matches them to a household.
        ["GET /api/channels/contacts"] = On(Company, CallCenter),
        ["POST /api/channels/contacts/{id:guid}/match"] = On(Company, CallCenter),
        // What owners were told (or were not): the call center answers owners, the administrator runs the channels.
        ["GET /api/channels/outbox"] = On(Company, Of(CallCenter, [Role.SystemAdministrator])),
        // The local development SMS gateway (404 unless enabled; refused in production): it checks its own X-Api-Key, as a provider would.
        ["POST /dev/sms-gateway"] = Open,
        ["GET /api/channels/dev-outbox"] = On(Company, Of(CallCenter, [Role.SystemAdministrator])),

        // A10.1.3.4, the weekly signed summary: the unit reads and signs its own (manager, then branch head; the order and the
        // signer's own project or branch are checked by the endpoint), its liaison adds remarks; QualityDept and leadership
        // read every summary, a branch head its branch's list; QualityDept (or the administrator) drafts a week on request.
        ["GET /api/reports/weekly-summaries"] = On(ResourceKind.ReportScope, Of(QualityDept, Leadership, [Role.BranchHead])),
        ["POST /api/reports/weekly-summaries/{week}/draft"] = On(Company, Of(QualityDept, [Role.SystemAdministrator])),
        ["GET /api/reports/projects/{id}/weekly-summaries/{week}"] = On(Project, Of(Unit, QualityDept, Leadership)),
        ["POST /api/reports/projects/{id}/weekly-summaries/{week}/remarks"] = On(Project, Role.ProjectLiaison),
        ["POST /api/reports/projects/{id}/weekly-summaries/{week}/sign"] = On(Project, UnitHeads),
        ["POST /api/reports/projects/{id}/weekly-summaries/{week}/corrections"] = On(Project, Of(QualityDept, [Role.ProjectLiaison])),

        // A10.1.3.5, the monthly bulletin: QualityDept publishes; every member of staff reads (the endpoint shows each their part).
        ["POST /api/reports/bulletins/{month}/publish"] = On(Company, QualityDept),
        ["GET /api/reports/bulletins"] = SignedIn,
        ["GET /api/reports/bulletins/{month}"] = SignedIn,
        // A8.1.4: QualityDept's weekly analysis for the vice-president, released by QualityDept; the major complaints it marks.
        ["GET /api/reports/weekly-analyses/{week}"] = On(Company, Of(QualityDept, Leadership)),
        ["POST /api/reports/weekly-analyses/{week}/release"] = On(Company, QualityDept),
        ["POST /api/reports/major-complaints"] = On(Company, QualityDept),
        ["GET /api/reports/major-complaints"] = On(Company, Of(QualityDept, Leadership)),
    }.ToImmutableDictionary();

    /// <summary>
    /// The command endpoints: "POST /api/tickets/{id:guid}/{command}" and the warnings' one. The commands are named as in
    /// their URLs (the Tickets module's TicketCommands; Security references no module above it): a test holds the two lists equal.
    /// </summary>
    public static readonly ImmutableDictionary<string, ImmutableDictionary<string, AccessRule>> Commands = new Dictionary<string, ImmutableDictionary<string, AccessRule>>
    {
        ["POST /api/tickets/{id:guid}/{command}"] = new Dictionary<string, AccessRule>
        {
            ["start"] = UnitStep,
            ["contact"] = UnitStep,
            ["report-plan"] = UnitStep,
            ["wait-for-owner"] = UnitStep,
            ["resume"] = UnitStep,
            ["resolve"] = UnitStep,
            ["callback"] = On(Ticket, CallCenter),
            ["reopen"] = On(Ticket, CallCenter),
            ["close"] = On(Ticket, CallCenter),
            ["file-statement"] = On(Ticket, UnitHeads),
            ["review-statement"] = On(Ticket, Role.CallCenterSupervisor),
            // A10.2.3: the unit's liaison decides a suggestion (its heads may too).
            ["decide"] = On(Ticket, Of(UnitHeads, [Role.ProjectLiaison])),
            ["transfer"] = On(Ticket, CallCenter),
            // A10.1.1 / A10.2.1: the liaison classifies on receipt, correcting the plugin's suggestion.
            ["correct-category"] = On(Ticket, Of(CallCenter, QualityDept, [Role.ProjectLiaison])),
            ["confirm-category"] = On(Ticket, Of(CallCenter, QualityDept, [Role.ProjectLiaison])),
            ["raise-severity"] = On(Ticket, Of(CallCenter, QualityDept)),
            ["raise-risk-warning"] = On(Ticket, Of(CallCenter, Unit, QualityDept)),
            // A10.3.2–5: the plan is reported to QualityDept and the call center, who confirm it or send it back.
            ["confirm-plan"] = On(Ticket, Of(CallCenter, QualityDept)),
            ["return-plan"] = On(Ticket, Of(CallCenter, QualityDept)),
            // The owner's side: owners act through the portal (on the grain, as their own actor); here the call center
            // records a rating, an urge or a confirmation the owner gave on the phone, and staff answer a rating.
            ["rate"] = On(Ticket, CallCenter),
            ["urge"] = On(Ticket, CallCenter),
            ["confirm-resolution"] = On(Ticket, CallCenter),
            ["answer-rating"] = On(Ticket, Of(QualityDept, [Role.CallCenterSupervisor, Role.ProjectLiaison, Role.ProjectManager, Role.BranchHead])),
            // Issue 11: the liaison on duty (or a unit head) gives a ticket to a handler; a handler takes from the pool
            // (grab projects) and gives back only what they hold.
            ["assign"] = On(Ticket, Unit),
            ["take"] = On(Ticket, Handlers),
            ["return"] = On(Ticket, Handlers) with { HolderOnly = Handlers },
        }.ToImmutableDictionary(),
        ["POST /api/warnings/{id:guid}/{command}"] = new Dictionary<string, AccessRule>
        {
            ["verify"] = On(Warning, Role.CallCenterSupervisor) with { ByResource = Verifiers },
            ["dismiss"] = On(Warning, Role.CallCenterSupervisor) with { ByResource = Verifiers },
            ["answer"] = On(Warning, Of(Unit, FunctionalDepartments)),
            ["assign-departments"] = On(Warning, Role.QualityDeptHead),
        }.ToImmutableDictionary(),
    }.ToImmutableDictionary();

    /// <summary>Finds the rule for a request; an unknown command falls back to reading, so the endpoint can name it as a bad field.</summary>
    public static AccessRule? Find(string endpointKey, string? command)
    {
        if (Endpoints.TryGetValue(endpointKey, out var rule))
        {
            return rule;
        }

        if (!Commands.TryGetValue(endpointKey, out var commands))
        {
            return null;
        }

        return command is not null && commands.TryGetValue(command, out var commandRule)
            ? commandRule
            : On(commands.Values.First().Resource, AllStaff);
    }

    /// <summary>A11.1.r / A11.2: blue and yellow by the call-center supervisor; A11.r: red also by QualityDept's head.</summary>
    private static ImmutableArray<Role> Verifiers(AccessResource warning) => warning.Level == WarningLevel.Red
        ? [Role.CallCenterSupervisor, Role.QualityDeptHead]
        : [Role.CallCenterSupervisor];
}
