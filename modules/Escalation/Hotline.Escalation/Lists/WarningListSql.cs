namespace Hotline.Escalation.Lists;

/// <summary>The fixed SQL of the warning list (table <c>warning_list</c>). Values always travel as parameters.</summary>
internal static class WarningListSql
{
    public const string Columns =
        "warning_id, version, level, status, trigger, project_id, branch_id, ticket_id, issue_key, rule, raised_at, " +
        "verification_due_at, verification_overdue, answer_due_at, answer_overdue, subject_ended, updated_at, " +
        "verified_at, answered_at, answer";

    public const string Upsert = $"""
        insert into warning_list ({Columns})
        values (@warning_id, @version, @level, @status, @trigger, @project_id, @branch_id, @ticket_id, @issue_key, @rule, @raised_at,
                @verification_due_at, @verification_overdue, @answer_due_at, @answer_overdue, @subject_ended, @updated_at,
                @verified_at, @answered_at, @answer)
        on conflict (warning_id) do update set
            version = excluded.version, level = excluded.level, status = excluded.status, trigger = excluded.trigger,
            project_id = excluded.project_id, branch_id = excluded.branch_id, ticket_id = excluded.ticket_id,
            issue_key = excluded.issue_key, rule = excluded.rule, raised_at = excluded.raised_at,
            verification_due_at = excluded.verification_due_at, verification_overdue = excluded.verification_overdue,
            answer_due_at = excluded.answer_due_at, answer_overdue = excluded.answer_overdue,
            subject_ended = excluded.subject_ended, updated_at = excluded.updated_at,
            verified_at = excluded.verified_at, answered_at = excluded.answered_at, answer = excluded.answer
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
