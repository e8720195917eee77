using Hotline.BuildingBlocks;

namespace Hotline.Escalation.Lists;

/// <summary>The fixed SQL of the warning list (table <c>warning_list</c>). Values always travel as parameters.</summary>
internal static class WarningListSql
{
    public const string Columns =
        "warning_id, version, level, status, trigger, project_id, branch_id, ticket_id, issue_key, rule, raised_at, " +
        "verification_due_at, verification_overdue, answer_due_at, answer_overdue, subject_ended, updated_at, " +
        "verified_at, answered_at, answer";

    public static readonly string Upsert = $"""
        insert into warning_list ({Columns})
        values ({SqlColumnList.Parameters(Columns)})
        on conflict (warning_id) do update set {SqlColumnList.OverwriteFromExcluded(Columns, key: "warning_id")}
        where warning_list.version < excluded.version
        """;

    /// <summary><c>{0}</c> is the WHERE clause built from fixed fragments; one row more than the page tells whether there is a next page.</summary>
    public const string SearchFormat = $"""
        select {Columns}
        from warning_list
        where {"{0}"}
        order by raised_at desc, warning_id desc
        limit @limit
        """;
}
