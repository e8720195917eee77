namespace Hotline.Reporting.MajorComplaints;

/// <summary>The statements on <c>major_complaints</c> (this module's table) and the ticket list (the query store) it reads.</summary>
internal static class MajorComplaintSql
{
    public const string Columns = "ticket_id, number, project_id, branch_id, reason, marked_by, marked_at";

    /// <summary>The ticket as listed: what a mark needs to know and record.</summary>
    public const string Ticket = "select kind, number, project_id, branch_id from ticket_list where id = @ticket_id";

    /// <summary>The primary key keeps the first mark: a second (or concurrent) one inserts nothing.</summary>
    public const string Insert = $"""
        insert into major_complaints ({Columns})
        values (@ticket_id, @number, @project_id, @branch_id, @reason, @marked_by, @marked_at)
        on conflict (ticket_id) do nothing
        returning {Columns}
        """;

    public const string One = $"select {Columns} from major_complaints where ticket_id = @ticket_id";

    /// <summary>Marked within [from, to), oldest first; bounded.</summary>
    public const string Between = $"""
        select {Columns} from major_complaints
        where marked_at >= @from and marked_at < @to
        order by marked_at, ticket_id
        limit @limit
        """;
}
