using Hotline.Organization.Contracts;
using Hotline.Tickets.Categories;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Api;

/// <summary>Turns a registration request into a command, or into errors keyed by the field at fault.</summary>
public sealed class RegisterTicketValidator(ICategoryCatalog categories, IGrainFactory grains, IHouseholdRegistry households, ITicketScopes tickets, IntakeChannels channels)
{
    public const int MaxTextLength = Workflow.TicketTransitions.MaxTextLength;
    public const int MaxShortFieldLength = TicketTextLimits.ShortField;
    /// <summary>The channel of every ticket this API registers (<see cref="IntakeChannels"/>).</summary>
    public const string DefaultChannel = IntakeChannels.CallCenter;

    /// <param name="request">The request.</param>
    /// <param name="channel">The channel of the endpoint that received it: <see cref="DefaultChannel"/> for the staff API, an intake channel's id for its webhook.</param>
    public async Task<(RegisterTicket? Command, Dictionary<string, string[]> Errors)> Validate(RegisterTicketRequest request, string channel = DefaultChannel)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        if (!EnumNames.TryParse<TicketKind>(request.Kind, out var kind))
        {
            Fail("kind", $"must be one of: {EnumNames.List<TicketKind>()}");
        }

        var text = request.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            Fail("text", "is required");
        }
        else if (text.Length > MaxTextLength)
        {
            Fail("text", $"must be at most {MaxTextLength} characters (got {text.Length})");
        }

        var severity = RequestFields.ParseSeverity(request.Severity, Fail);

        if (request.Category is not null && !categories.TryGet(request.Category, out _))
        {
            Fail("category", $"unknown category '{Shorten(request.Category)}'; known: {string.Join(", ", categories.All.Select(c => c.Code))}");
        }

        RequestFields.CheckLengths(
            Fail,
            ("requestId", request.RequestId, MaxShortFieldLength), ("location", request.Location, MaxShortFieldLength),
            ("channel", request.Channel, MaxShortFieldLength), ("registeredBy", request.RegisteredBy, MaxShortFieldLength),
            ("household", request.Household, MaxShortFieldLength));

        CheckChannel(request.Channel, channel, Fail);

        var owner = OwnerContactRules.Check(request.OwnerName, request.OwnerPhone, Fail);

        ProjectInfo? project = null;
        if (string.IsNullOrWhiteSpace(request.ProjectId))
        {
            Fail("projectId", "is required");
        }
        else if (request.ProjectId.Length > MaxShortFieldLength || (project = await grains.GetGrain<IProjectGrain>(request.ProjectId).GetInfo()) is null)
        {
            Fail("projectId", $"project '{Shorten(request.ProjectId)}' does not exist");
        }

        var household = string.IsNullOrWhiteSpace(request.Household) ? null : request.Household.Trim();
        if (household is not null && request.HouseholdNotGiven == true)
        {
            Fail("householdNotGiven", "name the household or say the caller gave none, not both");
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        (household, var problem) = await CheckHousehold(kind, project!.Id, household, request.HouseholdNotGiven == true);
        if (problem is not null)
        {
            Fail("household", problem);
            return (null, errors);
        }

        if (request.RepeatOf is { } earlierId && await CheckRepeat(kind, project.Id, earlierId) is { } repeatProblem)
        {
            Fail("repeatOf", repeatProblem);
            return (null, errors);
        }

        var command = new RegisterTicket(
            request.RequestId ?? Guid.NewGuid().ToString("N"), kind, project!.Id, project.BranchId, text!,
            request.Category, severity, request.Location, channel, request.RegisteredBy)
        {
            Household = household,
            HouseholdNotGiven = request.HouseholdNotGiven == true,
            RepeatOf = request.RepeatOf,
            Owner = owner,
        };
        return (command, errors);
    }

    /// <summary>
    /// A11.1.1 / A11.3 count households, so a complaint or repair from the call center names one or says explicitly that
    /// the caller gave none, in every project (without it the ticket would silently escape the 5% line and repeat blues).
    /// In a project with a registry, a named household must be registered (and takes its registered label).
    /// </summary>
    private async Task<(string? Household, string? Problem)> CheckHousehold(TicketKind kind, string projectId, string? household, bool notGiven)
    {
        if (household is null)
        {
            return kind != TicketKind.Suggestion && !notGiven
                ? (null, "name the caller's household (building-unit-room, as registered) or set householdNotGiven to true when the caller gave none")
                : (null, null);
        }

        return await households.Find(projectId, household) switch
        {
            (_, { } registered) => (registered.Label, null),
            (false, null) => (household, null),
            (true, null) => (household, $"household '{Shorten(household)}' is not registered in project {projectId}"),
        };
    }

    /// <summary>A11.1.1 by hand: the earlier ticket exists, is the same project's, and the new one is a complaint or repair.</summary>
    private async Task<string?> CheckRepeat(TicketKind kind, string projectId, Guid earlierId)
    {
        if (kind == TicketKind.Suggestion)
        {
            return "a suggestion is not a repeat complaint";
        }

        // Read from the ticket list, so an unknown id activates no grain.
        var earlier = await tickets.Find(earlierId);
        return earlier is null || earlier.ProjectId != projectId
            ? $"no earlier ticket {earlierId} in project {projectId}"
            : null;
    }

    /// <summary>
    /// A2: the channel is the endpoint's, so an agent cannot file a call as a GM SMS. A body may still name this
    /// endpoint's own channel (older clients did); anything else is refused, naming the field. An endpoint's channel
    /// must be one of the registered intake channels.
    /// </summary>
    private void CheckChannel(string? requested, string endpointChannel, Action<string, string> fail)
    {
        if (!channels.IsKnown(endpointChannel))
        {
            fail("channel", $"unknown channel '{Shorten(endpointChannel)}'; known: {string.Join(", ", channels.All)}");
            return;
        }

        if (requested is null || requested == endpointChannel || requested.Length > MaxShortFieldLength)
        {
            return;
        }

        fail("channel", channels.IsKnown(requested)
            ? $"is set by the endpoint that received the ticket: this API registers '{endpointChannel}' tickets only; leave channel out"
            : $"unknown channel '{Shorten(requested)}'; known: {string.Join(", ", channels.All)} (and this API sets '{endpointChannel}' itself; leave channel out)");
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
