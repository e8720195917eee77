using Hotline.CallCenter.Contracts;
using Hotline.Live.Contracts;
using Hotline.Security.Contracts;
using Hotline.Security.Contracts.Access;
using Hotline.Tickets.Contracts.Intake;
using Hotline.WebConsole.Agent;
using Hotline.WebConsole.Session;
using Hotline.WebConsole.Text;
using Microsoft.AspNetCore.Components;

namespace Hotline.WebConsole.Components.Pages.Agent;

/// <summary>
/// /console/agent: find the caller, see their households and tickets, register and dispatch; the incoming call pops
/// here when the CTI reports it for this agent (a pushed <see cref="LiveTopic.IncomingCall"/>, never polled).
/// </summary>
public sealed partial class AgentPage
{
    private OwnerSearchForms? _search;
    private OwnerHouseholds? _households;
    private RegisterForm? _register;
    private bool _focusResults;

    [CascadingParameter] public ConsoleText T { get; set; } = default!;

    private AgentText A => AgentTexts.Of(T.Lang);
    private AccessAnswer? Refused { get; set; }
    private Caller? Me { get; set; }
    private bool MayRegister { get; set; }
    private OwnerQuery? LastQuery { get; set; }
    private OwnerLookup? Lookup { get; set; }
    private IReadOnlyDictionary<string, string[]>? SearchErrors { get; set; }
    private RegisterDraft Draft { get; } = new();
    private RingingCall? Call { get; set; }
    private IReadOnlyList<HouseholdRecord> CallHouseholds { get; set; } = [];

    protected override async Task OnInitializedAsync()
    {
        // The page stands for the owners search; the form for registration: each shown only when the API would answer.
        var answer = await Session.Ask(new AccessQuestion(ApiEndpoints.CallCenterOwners));
        Refused = answer.Allowed ? null : answer;
        Me = answer.Caller;
        MayRegister = answer.Allowed && (await Session.Ask(new AccessQuestion(ApiEndpoints.TicketRegister))).Allowed;
    }

    /// <summary>A pushed call: the newest call for this agent, and the caller's households with their open tickets.</summary>
    protected override async Task Read()
    {
        if (Me is null || await Workspace.LatestCall(Me.PersonId) is not { } call)
        {
            return;
        }

        Call = call;
        CallHouseholds = (await Workspace.FindOwners(new OwnerQuery(call.CallerNumber, null, null, null, null))).Value?.Households ?? [];
    }

    protected override bool Wants(LiveChange change) =>
        change.Topic == LiveTopic.IncomingCall && Me is not null && change.PersonId == Me.PersonId;

    private async Task Search(OwnerQuery query)
    {
        LastQuery = query;
        var answer = await Workspace.FindOwners(query);
        Refused = answer.Refused;
        SearchErrors = answer.Errors;
        Lookup = answer.Value;
        _focusResults = Lookup is not null;
    }

    private async Task FillFromCall(string phone)
    {
        if (_search is not null)
        {
            await _search.SearchPhone(phone);
        }
    }

    private void Choose(HouseholdRecord household)
    {
        Draft.ProjectId = household.ProjectId;
        Draft.Household = household.Household;
        Draft.HouseholdNotGiven = false;
        _register?.FocusText();
    }

    /// <summary>The new ticket shows among the caller's tickets: the same search again.</summary>
    private async Task Registered(StaffIntakeResult result)
    {
        if (LastQuery is not null)
        {
            var answer = await Workspace.FindOwners(LastQuery);
            Lookup = answer.Value ?? Lookup;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_focusResults && _households is not null)
        {
            _focusResults = false;
            await _households.Focus();
        }
    }
}
