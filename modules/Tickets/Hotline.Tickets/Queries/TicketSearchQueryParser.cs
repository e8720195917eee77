using System.Globalization;
using Hotline.Tickets.Contracts;

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

        bool? breached = null;
        if (Text("breached", query.Breached) is { } b)
        {
            breached = bool.TryParse(b, out var parsed) ? parsed : null;
            if (breached is null)
            {
                Fail("breached", "must be true or false");
            }
        }

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
            PageSize = Number("pageSize", query.PageSize, TicketSearch.DefaultPageSize, 1, TicketSearch.MaxPageSize),
        };
        if (search.From > search.To)
        {
            Fail("to", "must not be earlier than from");
        }

        return errors.Count > 0 ? (null, errors) : (search, errors);
    }
}
