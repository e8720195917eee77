namespace Hotline.Escalation.Penalties;

/// <summary>The ledger's statements (table <c>penalty_ledger</c>, migration 0006).</summary>
internal static class PenaltySql
{
    public const string Columns = "entry_id, warning_id, branch_id, month, level, points, kind, reason, booked_by, booked_at";

    /// <summary>The unique (warning_id, kind) constraint makes a repeated booking a no-op.</summary>
    public const string BookDeduction = $"""
        insert into penalty_ledger ({Columns})
        values (@entry_id, @warning_id, @branch_id, @month, @level, @points, 'deduction', @reason, @booked_by, @booked_at)
        on conflict (warning_id, kind) do nothing
        """;

    /// <summary>Negates the warning's deduction in its month and branch; inserts nothing without one, or when reversed already.</summary>
    public const string Reverse = $"""
        insert into penalty_ledger ({Columns})
        select @entry_id, warning_id, branch_id, month, level, -points, 'reversal', @reason, @booked_by, @booked_at
        from penalty_ledger
        where warning_id = @warning_id and kind = 'deduction'
        on conflict (warning_id, kind) do nothing
        returning {Columns}
        """;

    public const string EntriesForWarning = $"""
        select {Columns} from penalty_ledger where warning_id = @warning_id order by booked_at, kind
        """;

    /// <summary>Net counts per level (a reversal takes its warning back out) and points, per branch of one month.</summary>
    public const string Scores = """
        select branch_id,
               coalesce(sum(case when level = 'Blue' then sign(points) end), 0)::int,
               coalesce(sum(case when level = 'Yellow' then sign(points) end), 0)::int,
               coalesce(sum(case when level = 'Red' then sign(points) end), 0)::int,
               sum(points)
        from penalty_ledger
        where month = @month
        group by branch_id
        order by branch_id nulls last
        """;
}
