using System.Globalization;
using Hotline.BuildingBlocks.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Tickets.Queries;

/// <summary>
/// The ticket list in PostgreSQL (table <c>ticket_list</c>). A ticket's own writes are batched with other tickets'
/// (issue 14: a wave of deadlines rewrites 100,000 rows in a minute); a rebuild's refresh runs on its own.
/// </summary>
public sealed class PostgresTicketQueryStore(NpgsqlDataSource dataSource) : ITicketQueryStore
{
    private readonly StatementBatcher _writes = new(dataSource, writers: 2);
    private readonly TicketNumberCache _numbers = new();
    private readonly DatabaseCaseFolding _folding = new(dataSource);

    public async Task Upsert(TicketListRow row, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        var pairs = SearchPairs.Of(row.Text, await _folding.CapitalsLowered(ct));
        var number = await _writes.Run(TicketListSql.Upsert, p => Bind(p, row, pairs),
            async reader => await reader.ReadAsync() ? reader.GetInt64(0) : (long?)null, ct);
        if (number is { } written)
        {
            _numbers.Remember(row.Id, written);
        }
    }

    public async Task Refresh(TicketListRow row, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        var pairs = SearchPairs.Of(row.Text, await _folding.CapitalsLowered(ct));
        await using var command = dataSource.CreateCommand(TicketListSql.Refresh);
        Bind(command.Parameters, row, pairs);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<TicketPage> Search(TicketSearch search, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentOutOfRangeException.ThrowIfLessThan(search.Page, 1, nameof(search.Page));
        ArgumentOutOfRangeException.ThrowIfLessThan(search.PageSize, 1, nameof(search.PageSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(search.PageSize, TicketSearch.MaxPageSize, nameof(search.PageSize));

        if (TicketSearchFilter.UsesTextIndex(search))
        {
            return await SearchText(search, ct);
        }

        await using var command = dataSource.CreateCommand();
        var where = TicketSearchFilter.Apply(search, command.Parameters);
        command.CommandText = string.Format(CultureInfo.InvariantCulture, TicketListSql.SearchFormat, where);
        Paging(command, search);
        command.Parameters.Add(Cap());

        var items = new List<TicketListRow>();
        var total = 0L;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            total = reader.GetInt64(0);
            if (!reader.IsDBNull(1))
            {
                items.Add(Read(reader, 1));
            }
        }

        return Page(search, items, total);
    }

    /// <summary>
    /// A text search counts first, by the bigram index. Few matches (up to the cap): the page is read by the index too.
    /// Many: the page is read newest first with the substring check alone, which meets its rows early, where a bitmap
    /// of every match would be built and sorted (the planner cannot tell: bigrams of one phrase always come together).
    /// </summary>
    private async Task<TicketPage> SearchText(TicketSearch search, CancellationToken ct)
    {
        long total;
        await using (var count = dataSource.CreateCommand())
        {
            count.CommandText = string.Format(CultureInfo.InvariantCulture, TicketListSql.CountFormat, TicketSearchFilter.Apply(search, count.Parameters));
            count.Parameters.Add(Cap());
            total = (long)(await count.ExecuteScalarAsync(ct))!;
        }

        await using var command = dataSource.CreateCommand();
        var where = TicketSearchFilter.Apply(search, command.Parameters, textIndex: total <= TicketSearch.CountCap);
        command.CommandText = string.Format(CultureInfo.InvariantCulture, TicketListSql.PageFormat, where);
        Paging(command, search);
        var items = new List<TicketListRow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            items.Add(Read(reader, 0));
        }

        return Page(search, items, total);
    }

    private static void Paging(NpgsqlCommand command, TicketSearch search)
    {
        command.Parameters.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = search.PageSize });
        command.Parameters.Add(new NpgsqlParameter<long>("offset", NpgsqlDbType.Bigint) { TypedValue = (search.Page - 1L) * search.PageSize });
    }

    // One more than the cap is counted, so "more than the cap" is told apart from "exactly the cap".
    private static NpgsqlParameter<int> Cap() => new("cap", NpgsqlDbType.Integer) { TypedValue = TicketSearch.CountCap + 1 };

    private static TicketPage Page(TicketSearch search, List<TicketListRow> items, long total) =>
        new(items, (int)Math.Min(total, TicketSearch.CountCap), search.Page, search.PageSize) { TotalCapped = total > TicketSearch.CountCap };

    public async Task<IReadOnlyDictionary<string, int>> OpenPerHandler(IReadOnlyCollection<string> handlers, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        var open = new Dictionary<string, int>(StringComparer.Ordinal);
        if (handlers.Count == 0)
        {
            return open;
        }

        await using var command = dataSource.CreateCommand(TicketListSql.OpenPerHandler);
        command.Parameters.Add(new NpgsqlParameter<string[]>("handlers", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. handlers] });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            open[reader.GetString(0)] = (int)reader.GetInt64(1);
        }

        return open;
    }

    public async Task<IReadOnlyCollection<Guid>> OpenHeldBy(string handler, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand(TicketListSql.OpenHeldBy);
        command.Parameters.Add(new NpgsqlParameter<string>("handler", NpgsqlDbType.Text) { TypedValue = handler });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var held = new List<Guid>();
        while (await reader.ReadAsync(ct))
        {
            held.Add(reader.GetGuid(0));
        }

        return held;
    }

    public async Task<Guid?> FindByNumber(long number, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand(TicketListSql.IdByNumber);
        command.Parameters.Add(new NpgsqlParameter<long>("number", NpgsqlDbType.Bigint) { TypedValue = number });
        return await command.ExecuteScalarAsync(ct) is Guid id ? id : null;
    }

    public async Task<string?> NumberOf(Guid id, CancellationToken ct = default)
    {
        if (_numbers.TryGet(id, out var known))
        {
            return TicketNumber.Format(known);
        }

        await using var command = dataSource.CreateCommand(TicketListSql.NumberById);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", NpgsqlDbType.Uuid) { TypedValue = id });
        if (await command.ExecuteScalarAsync(ct) is not long number)
        {
            return null;
        }

        _numbers.Remember(id, number);
        return TicketNumber.Format(number);
    }

    /// <summary>
    /// A row's values for a write; a replayed or late write (same or older version) changes nothing. Null
    /// <paramref name="searchPairs"/> has the database work them out.
    /// </summary>
    private static void Bind(NpgsqlParameterCollection p, TicketListRow row, string[]? searchPairs)
    {
        p.Add(new NpgsqlParameter<Guid>("id", NpgsqlDbType.Uuid) { TypedValue = row.Id });
        p.Add(new NpgsqlParameter<int>("version", NpgsqlDbType.Integer) { TypedValue = row.Version });
        Text(p, "kind", row.Kind);
        Text(p, "project_id", row.ProjectId);
        Text(p, "branch_id", row.BranchId);
        Text(p, "category", row.Category);
        Text(p, "severity", row.Severity);
        Text(p, "status", row.Status);
        Text(p, "issue_key", row.IssueKey);
        Text(p, "channel", row.Channel);
        Text(p, "text", row.Text);
        p.Add(new NpgsqlParameter("search_bigrams", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)searchPairs ?? DBNull.Value });
        Time(p, "registered_at", row.RegisteredAt);
        p.Add(new NpgsqlParameter<bool>("breached", NpgsqlDbType.Boolean) { TypedValue = row.Breached });
        OptionalTime(p, "next_due_at", row.NextDueAt);
        Time(p, "updated_at", row.UpdatedAt);
        OptionalText(p, "owner_name_masked", row.OwnerContactMasked?.Name);
        OptionalText(p, "owner_phone_masked", row.OwnerContactMasked?.Phone);
        OptionalText(p, "warning_level", row.WarningLevel);
        OptionalText(p, "household", row.Household);
        OptionalText(p, "responsible_department", row.ResponsibleDepartment);
        OptionalTime(p, "promised_completion_at", row.PromisedCompletionAt);
        OptionalText(p, "assignee", row.Assignee);
        OptionalText(p, "handler", row.Handler);
        ReportFacts(p, row.Report);
    }

    private static void ReportFacts(NpgsqlParameterCollection p, TicketReportFacts? facts)
    {
        OptionalTime(p, "resolved_at", facts?.ResolvedAt);
        OptionalTime(p, "closed_at", facts?.ClosedAt);
        OptionalText(p, "clock_start", facts?.ClockStart);
        OptionalText(p, "clock_contact", facts?.ClockContact);
        OptionalText(p, "clock_plan", facts?.ClockPlan);
        OptionalText(p, "clock_resolution", facts?.ClockResolution);
        OptionalText(p, "clock_suggestion_reply", facts?.ClockSuggestionReply);
        OptionalSmallint(p, "rating_overall", facts?.RatingOverall);
        OptionalSmallint(p, "rating_speed", facts?.RatingSpeed);
        OptionalSmallint(p, "rating_attitude", facts?.RatingAttitude);
        p.Add(new NpgsqlParameter("suggestion_adopted", NpgsqlDbType.Boolean) { Value = (object?)facts?.SuggestionAdopted ?? DBNull.Value });
    }

    private static void OptionalSmallint(NpgsqlParameterCollection p, string name, int? value) =>
        p.Add(new NpgsqlParameter(name, NpgsqlDbType.Smallint) { Value = value is { } v ? (short)v : DBNull.Value });

    private static void Text(NpgsqlParameterCollection p, string name, string value) =>
        p.Add(new NpgsqlParameter<string>(name, NpgsqlDbType.Text) { TypedValue = value });

    private static void OptionalText(NpgsqlParameterCollection p, string name, string? value) =>
        p.Add(new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value });

    private static void OptionalTime(NpgsqlParameterCollection p, string name, DateTimeOffset? value) =>
        p.Add(new NpgsqlParameter(name, NpgsqlDbType.TimestampTz) { Value = value is { } time ? time.ToUniversalTime() : DBNull.Value });

    private static void Time(NpgsqlParameterCollection p, string name, DateTimeOffset value) =>
        p.Add(new NpgsqlParameter<DateTimeOffset>(name, NpgsqlDbType.TimestampTz) { TypedValue = value.ToUniversalTime() });

    /// <summary>A row read in <see cref="TicketListSql.Columns"/> order starting at ordinal <paramref name="o"/>.</summary>
    internal static TicketListRow Read(NpgsqlDataReader r, int o) => new(
        r.GetGuid(o), r.GetInt32(o + 1), r.GetString(o + 2), r.GetString(o + 3), r.GetString(o + 4),
        r.GetString(o + 5), r.GetString(o + 6), r.GetString(o + 7), r.GetString(o + 8), r.GetString(o + 9),
        r.GetString(o + 10), r.GetFieldValue<DateTimeOffset>(o + 11), r.GetBoolean(o + 12),
        r.IsDBNull(o + 13) ? null : r.GetFieldValue<DateTimeOffset>(o + 13), r.GetFieldValue<DateTimeOffset>(o + 14))
    {
        OwnerContactMasked = r.IsDBNull(o + 15) && r.IsDBNull(o + 16) ? null
            : new(OptionalString(r, o + 15), OptionalString(r, o + 16)),
        WarningLevel = OptionalString(r, o + 17),
        Household = OptionalString(r, o + 18),
        ResponsibleDepartment = OptionalString(r, o + 19),
        PromisedCompletionAt = r.IsDBNull(o + 20) ? null : r.GetFieldValue<DateTimeOffset>(o + 20),
        Assignee = OptionalString(r, o + 21),
        Handler = OptionalString(r, o + 22),
        Number = TicketNumber.Format(r.GetInt64(o + 23)),
    };

    private static string? OptionalString(NpgsqlDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);
}
