using Npgsql;
using NpgsqlTypes;

namespace Hotline.Tickets.Queries;

/// <summary>Turns a search into a WHERE clause of fixed fragments and the parameters they name.</summary>
internal static class TicketSearchFilter
{
    /// <summary>Whether the search's text can use the bigram index: two characters or more.</summary>
    public static bool UsesTextIndex(TicketSearch search) => Blank(search.Text?.Trim()) is { } text && text.EnumerateRunes().Skip(1).Any();

    /// <summary>The WHERE clause; <paramref name="textIndex"/> false leaves the bigram condition out (the substring check stays).</summary>
    public static string Apply(TicketSearch search, NpgsqlParameterCollection parameters, bool textIndex = true)
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

        Equal("household", Blank(search.Household), NpgsqlDbType.Text);
        Equal("responsible_department", Blank(search.Department), NpgsqlDbType.Text);
        Equal("assignee", Blank(search.Assignee), NpgsqlDbType.Text);
        Equal("handler", Blank(search.Handler), NpgsqlDbType.Text);
        if (search.Pool is { } pool)
        {
            // Fixed text: the statuses a handler can hold a ticket in (TicketStatus names), suggestions being the liaison's.
            clauses.Add((pool ? "handler is null" : "handler is not null")
                + " and kind <> 'Suggestion' and status in ('Dispatched', 'Started', 'Contacted', 'InProgress')");
        }

        if (search.WarningLevel == TicketSearch.NoWarning)
        {
            clauses.Add("warning_level is null");
        }
        else
        {
            Equal("warning_level", Blank(search.WarningLevel), NpgsqlDbType.Text);
        }

        if (search.AwaitingAnyOf is { } parties)
        {
            clauses.Add("assignee = any(@awaiting)");
            parameters.Add(new NpgsqlParameter<string[]>("awaiting", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. parties] });
        }

        if (Blank(search.Text?.Trim()) is { } text)
        {
            clauses.Add(TextClause(text, parameters, textIndex));
        }

        return clauses.Count == 0 ? "true" : string.Join(" and ", clauses);
    }

    /// <summary>
    /// The substring match, narrowed by the bigram index (migration ticket_lookup) when the text has two characters or
    /// more: a text containing the query contains every bigram of it. A number also matches the ticket it names.
    /// </summary>
    private static string TextClause(string text, NpgsqlParameterCollection parameters, bool textIndex)
    {
        parameters.Add(new NpgsqlParameter<string>("text", NpgsqlDbType.Text) { TypedValue = ContainsPattern(text) });
        var clause = @"text ilike @text escape '\'";
        if (textIndex && text.EnumerateRunes().Skip(1).Any())
        {
            parameters.Add(new NpgsqlParameter<string>("text_bigrams", NpgsqlDbType.Text) { TypedValue = text });
            clause = $"search_bigrams @> ticket_search_bigrams(@text_bigrams) and {clause}";
        }

        if (TicketNumber.TryParse(text, out var number))
        {
            parameters.Add(new NpgsqlParameter<long>("number", NpgsqlDbType.Bigint) { TypedValue = number });
            clause = $"number = @number or ({clause})";
        }

        return $"({clause})";
    }

    /// <summary>A LIKE pattern matching <paramref name="text"/> literally anywhere: \, % and _ are escaped.</summary>
    public static string ContainsPattern(string text) =>
        "%" + text.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal) + "%";

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
