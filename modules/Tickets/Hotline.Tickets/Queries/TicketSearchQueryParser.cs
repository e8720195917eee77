using System.Globalization;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Lists;

namespace Hotline.Tickets.Queries;

/// <summary>Turns query parameters into a <see cref="TicketSearch"/>, or into errors keyed by parameter.</summary>
public static class TicketSearchQueryParser
{
    public const int MaxValueLength = 200;


    public static (TicketSearch? Search, Dictionary<string, string[]> Errors) Parse(TicketSearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new Dictionary<string, string[]>();
        void Fail(string name, string message) => errors[name] = [message];

        string? Text(string name, string? value)
        {
            var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            if (trimmed?.Length > MaxValueLength)
            {
                Fail(name, $"must be at most {MaxValueLength} characters");
            }

            return trimmed;
        }

        T? Name<T>(string name, string? value) where T : struct, Enum
        {
            if (Text(name, value) is not { } text)
            {
                return null;
            }

            if (!EnumNames.TryParse<T>(text, out var parsed))
            {
                Fail(name, $"must be one of: {EnumNames.List<T>()}");
                return null;
            }

            return parsed;
        }

        DateTimeOffset? Time(string name, string? value)
        {
            if (Text(name, value) is not { } text)
            {
                return null;
            }

            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
            {
                return time.ToUniversalTime();
            }

            Fail(name, "must be an ISO 8601 date or time, e.g. 2025-01-31 or 2025-01-31T08:00:00+08:00");
            return null;
        }

        int Number(string name, string? value, int fallback, int min, int max)
        {
            if (Text(name, value) is not { } text)
            {
                return fallback;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
            {
                return number;
            }

            Fail(name, $"must be a whole number from {min} to {max}");
            return fallback;
        }

        bool? Flag(string name, string? value)
        {
            if (Text(name, value) is not { } text)
            {
                return null;
            }

            if (bool.TryParse(text, out var flag))
            {
                return flag;
            }

            Fail(name, "must be true or false");
            return null;
        }

        // A fixed set of names, matched ignoring case and returned as spelled here.
        string? OneOf(string name, string? value, IReadOnlyList<string> names)
        {
            if (Text(name, value) is not { } text)
            {
                return null;
            }

            if (names.FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)) is { } known)
            {
                return known;
            }

            Fail(name, $"must be one of: {string.Join(", ", names)}");
            return null;
        }

        var breached = Flag("breached", query.Breached);

        var search = new TicketSearch
        {
            ProjectId = Text("projectId", query.ProjectId),
            BranchId = Text("branchId", query.BranchId),
            Kind = Name<TicketKind>("kind", query.Kind),
            Category = Text("category", query.Category),
            Severity = Name<Severity>("severity", query.Severity),
            Status = Name<TicketStatus>("status", query.Status),
            Breached = breached,
            From = Time("from", query.From),
            To = Time("to", query.To),
            Text = Text("q", query.Q),
            Page = Number("page", query.Page, 1, 1, int.MaxValue / TicketSearch.MaxPageSize),
            WarningLevel = OneOf("warningLevel", query.WarningLevel, TicketListValues.WarningLevels),
            Assignee = OneOf("assignee", query.Assignee, TicketAssignee.All),
            Household = Text("household", query.Household),
            Department = Text("department", query.Department),
            Handler = Text("handler", query.Handler),
            Pool = Flag("pool", query.Pool),
            PageSize = Number("pageSize", query.PageSize, TicketSearch.DefaultPageSize, 1, TicketSearch.MaxPageSize),
        };
        // The parties the caller acts for are the endpoint's to add (it knows the caller); here only the switch.
        search = search with { AwaitingAnyOf = Flag("needsMyAction", query.NeedsMyAction) == true ? [] : null };
        if (search.From > search.To)
        {
            Fail("to", "must not be earlier than from");
        }

        return errors.Count > 0 ? (null, errors) : (search, errors);
    }
}
