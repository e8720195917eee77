using System.Globalization;
using Hotline.Escalation.Contracts;
using Hotline.Kernel;

namespace Hotline.Escalation.Lists;

/// <summary>Turns the list's query parameters into a <see cref="WarningSearch"/>, or into errors keyed by parameter.</summary>
public static class WarningListQueryParser
{
    public const int MaxValueLength = 200;

    public static (WarningSearch? Search, Dictionary<string, string[]> Errors) Parse(WarningListQuery q)
    {
        ArgumentNullException.ThrowIfNull(q);
        var errors = new Dictionary<string, string[]>();

        string? Text(string name, string? value)
        {
            var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            if (trimmed?.Length > MaxValueLength)
            {
                errors[name] = [$"must be at most {MaxValueLength} characters"];
                return null;
            }

            return trimmed;
        }

        T? Name<T>(string name, string? value) where T : struct, Enum
        {
            if (Text(name, value) is not { } text)
            {
                return null;
            }

            // Declared names only: Enum.TryParse would also take numbers and "Blue,Yellow" (OR-ed into Red).
            if (Enum.GetNames<T>().FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase)) is { } declared)
            {
                return Enum.Parse<T>(declared);
            }

            errors[name] = [$"must be one of: {string.Join(", ", Enum.GetNames<T>())}"];
            return null;
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

            errors[name] = ["must be an ISO 8601 date or time, e.g. 2025-01-31 or 2025-01-31T08:00:00+08:00"];
            return null;
        }

        var limit = WarningSearch.DefaultLimit;
        if (Text("limit", q.Limit) is { } l && !(int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out limit) && limit is >= 1 and <= WarningSearch.MaxLimit))
        {
            errors["limit"] = [$"must be a whole number from 1 to {WarningSearch.MaxLimit}"];
        }

        (DateTimeOffset, Guid)? after = null;
        if (Text("after", q.After) is { } a)
        {
            if (WarningCursor.TryParse(a, out var cursor))
            {
                after = cursor;
            }
            else
            {
                errors["after"] = ["must be the 'next' value of the previous page"];
            }
        }

        var search = new WarningSearch
        {
            Status = Name<WarningStatus>("status", q.Status),
            Level = Name<WarningLevel>("level", q.Level),
            ProjectId = Text("projectId", q.ProjectId),
            BranchId = Text("branchId", q.BranchId),
            From = Time("from", q.From),
            To = Time("to", q.To),
            After = after,
            Limit = limit,
        };
        if (search.From > search.To)
        {
            errors["to"] = ["must not be earlier than from"];
        }

        return errors.Count > 0 ? (null, errors) : (search, errors);
    }
}
