using Npgsql;
using NpgsqlTypes;

namespace Hotline.Escalation.Lists;

/// <summary>Turns a search into a WHERE clause of fixed fragments and the parameters they name.</summary>
internal static class WarningListFilter
{
    public static string Apply(WarningSearch search, NpgsqlParameterCollection parameters)
    {
        var clauses = new List<string>();

        void Add(string clause, string name, NpgsqlDbType type, object? value)
        {
            if (value is not null)
            {
                clauses.Add(clause);
                parameters.Add(new NpgsqlParameter(name, type) { Value = value });
            }
        }

        Add("status = @status", "status", NpgsqlDbType.Text, search.Status?.ToString());
        if (search.OpenOnly)
        {
            clauses.Add("status in ('Raised', 'Verified', 'Answered')");
        }

        Add("level = @level", "level", NpgsqlDbType.Text, search.Level?.ToString());
        Add("project_id = @project_id", "project_id", NpgsqlDbType.Text, search.ProjectId);
        Add("branch_id = @branch_id", "branch_id", NpgsqlDbType.Text, search.BranchId);
        Add("raised_at >= @from", "from", NpgsqlDbType.TimestampTz, search.From?.ToUniversalTime());
        Add("raised_at < @to", "to", NpgsqlDbType.TimestampTz, search.To?.ToUniversalTime());
        if (search.After is { } after)
        {
            clauses.Add("(raised_at, warning_id) < (@after_at, @after_id)");
            parameters.Add(new NpgsqlParameter("after_at", NpgsqlDbType.TimestampTz) { Value = after.RaisedAt.ToUniversalTime() });
            parameters.Add(new NpgsqlParameter("after_id", NpgsqlDbType.Uuid) { Value = after.Id });
        }

        return clauses.Count == 0 ? "true" : string.Join(" and ", clauses);
    }
}
