using Npgsql;
using NpgsqlTypes;

namespace Hotline.Tickets.Queries;

/// <summary>Turns a search into a WHERE clause of fixed fragments and the parameters they name.</summary>
internal static class TicketSearchFilter
{
    public static string Apply(TicketSearch search, NpgsqlParameterCollection parameters)
    {
        var clauses = new List<string>();

        void Equal<T>(string column, T? value, NpgsqlDbType type)
        {
            if (value is not null)
            {
                clauses.Add($"{column} = @{column}");
                parameters.Add(new NpgsqlParameter<T>(column, type) { TypedValue = value });
            }
        }

        Equal("project_id", Blank(search.ProjectId), NpgsqlDbType.Text);
        Equal("branch_id", Blank(search.BranchId), NpgsqlDbType.Text);
        Equal("kind", search.Kind?.ToString(), NpgsqlDbType.Text);
        Equal("category", Blank(search.Category), NpgsqlDbType.Text);
        Equal("severity", search.Severity?.ToString(), NpgsqlDbType.Text);
        Equal("status", search.Status?.ToString(), NpgsqlDbType.Text);
        if (search.Breached is { } breached)
        {
            clauses.Add("breached = @breached");
            parameters.Add(new NpgsqlParameter<bool>("breached", NpgsqlDbType.Boolean) { TypedValue = breached });
        }

        if (search.From is { } from)
        {
            clauses.Add("registered_at >= @from");
            parameters.Add(new NpgsqlParameter<DateTimeOffset>("from", NpgsqlDbType.TimestampTz) { TypedValue = from.ToUniversalTime() });
        }

        if (search.To is { } to)
        {
            clauses.Add("registered_at < @to");
            parameters.Add(new NpgsqlParameter<DateTimeOffset>("to", NpgsqlDbType.TimestampTz) { TypedValue = to.ToUniversalTime() });
        }

        if (Blank(search.Text?.Trim()) is { } text)
        {
            clauses.Add(@"text ilike @text escape '\'");
            parameters.Add(new NpgsqlParameter<string>("text", NpgsqlDbType.Text) { TypedValue = ContainsPattern(text) });
        }

        return clauses.Count == 0 ? "true" : string.Join(" and ", clauses);
    }

    /// <summary>A LIKE pattern matching <paramref name="text"/> literally anywhere: \, % and _ are escaped.</summary>
    public static string ContainsPattern(string text) =>
        "%" + text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal) + "%";

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
