using System.Diagnostics;
using Npgsql;

namespace Hotline.Benchmarks;

/// <summary>
/// Ticket text search through <c>GET /api/tickets?q=</c> as an agent runs it (company scope, first page of 50, capped count):
/// first at the volume intake left, then after the list is filled with rows written straight into <c>ticket_list</c> by
/// SQL up to <c>--search-rows</c> (same words as intake; no grains behind them, which the list search never reads).
/// For comparison, the old query shape (ILIKE without the bigram index, exact count) runs on the same rows by SQL.
/// </summary>
public sealed class SearchMeasurements(BenchOptions options, Report report, string connectionString)
{
    /// <summary>Common (1 in 13 tickets), a phrase, one building, a line of one template, and a text no ticket has.</summary>
    private static readonly string[] Queries = ["漏水", "电梯经常故障", "137号楼", "催了几次", "不存在的问题描述"];
    private const int Rounds = 10;
    private const int BatchRows = 100_000;

    public async Task RunAsync(HotlineApi api, CancellationToken ct)
    {
        var listed = await CountAsync(ct);
        await MeasureAsync(api, listed, ct);
        if (options.SearchRows > listed)
        {
            var filling = Stopwatch.StartNew();
            for (var from = listed; from < options.SearchRows; from += BatchRows)
            {
                await FillAsync(from, Math.Min(from + BatchRows, options.SearchRows), ct);
                report.Note($"search: list filled to {Math.Min(from + BatchRows, options.SearchRows)} rows ({filling.Elapsed.TotalSeconds:0} s)");
            }

            await ExecuteAsync("analyze ticket_list", ct);
            var (p50, p95) = await MeasureAsync(api, options.SearchRows, ct);
            report.Add("ticket_search_p50", p50, "ms", $"at {options.SearchRows} listed tickets; p95 {p95:0.#} ms");
        }
    }

    private async Task<(double P50, double P95)> MeasureAsync(HotlineApi api, long volume, CancellationToken ct)
    {
        var times = new List<double>();
        var sql = new List<double>();
        var old = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var q in Queries)
            {
                var clock = Stopwatch.StartNew();
                await api.SearchAsync(q, ct);
                times.Add(clock.Elapsed.TotalMilliseconds);
                clock.Restart();
                var matches = await QueryAsync(CountSql, q, ct);
                await QueryAsync(matches <= 1000 ? FewSql : ManySql, q, ct);
                sql.Add(clock.Elapsed.TotalMilliseconds);
                if (round < 3)
                {
                    clock.Restart();
                    await QueryAsync(UnindexedSql, q, ct);
                    old.Add(clock.Elapsed.TotalMilliseconds);
                }
            }
        }

        var (p50, p95) = (Percentile(times, 0.5), Percentile(times, 0.95));
        report.Add($"ticket_search_p50_v{volume}", p50, "ms", $"GET /api/tickets?q=, {Queries.Length} queries x {Rounds}, p95 {p95:0.#} ms");
        report.Add($"ticket_search_sql_p50_v{volume}", Percentile(sql, 0.5), "ms", $"the store's queries by SQL (capped count by the bigram index, then the page), p95 {Percentile(sql, 0.95):0.#} ms");
        report.Add($"ticket_search_unindexed_p50_v{volume}", Percentile(old, 0.5), "ms", "the old shape by SQL: ILIKE scan and exact count, x 3");
        return (p50, p95);
    }

    /// <summary>What PostgresTicketQueryStore sends for a text-only search: the capped count by the bigram index, then the page
    /// of 50 by the index when at most 1000 match, else newest first with the substring check alone.</summary>
    private const string CountSql = """
        select count(*) from (select 1 from ticket_list where search_bigrams @> ticket_search_bigrams(@q) and text ilike @p limit 1001) m
        """;

    private const string FewSql = """
        select id from ticket_list where search_bigrams @> ticket_search_bigrams(@q) and text ilike @p order by registered_at desc, id desc limit 50
        """;

    private const string ManySql = "select id from ticket_list where text ilike @p order by registered_at desc, id desc limit 50";

    /// <summary>The query before the index: an ILIKE scan and an exact count.</summary>
    private const string UnindexedSql = """
        select c.total, p.id from (select count(*) as total from ticket_list where text ilike @p) c
        left join lateral (select id from ticket_list where text ilike @p order by registered_at desc, id desc limit 50) p on true
        """;

    /// <summary>Runs the query to its end; its first column's first value (the count, for a count).</summary>
    private async Task<long> QueryAsync(string sql, string q, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("q", q);
        command.Parameters.AddWithValue("p", $"%{q}%");
        await using var reader = await command.ExecuteReaderAsync(ct);
        long first = 0;
        for (var row = 0; await reader.ReadAsync(ct); row++)
        {
            first = row == 0 && reader.GetFieldType(0) == typeof(long) ? reader.GetInt64(0) : first;
        }

        return first;
    }

    private Task FillAsync(long from, long to, CancellationToken ct) => ExecuteAsync($"""
        insert into ticket_list (id, version, kind, project_id, branch_id, category, severity, status, issue_key, channel, text,
                                 registered_at, breached, updated_at)
        select gen_random_uuid(), 1, 'Complaint', 'p-' || (i % {options.Projects}), 'b-' || (i % 10), 'other', 'General', 'Closed',
               'bench', 'call-center', format(t[1 + (i % array_length(t, 1))], 1 + (i / 13) % 300),
               now() - make_interval(secs => i), false, now()
        from generate_series({from}, {to - 1}) i, (select @templates::text[] as t) s
        """, ct, [.. Complaints.TextTemplates.Select(t => t.Replace("{0}", "%s", StringComparison.Ordinal))]);

    private Task<long> CountAsync(CancellationToken ct) => BenchSql.CountAsync(connectionString, "select count(*) from ticket_list", ct);

    private Task ExecuteAsync(string sql, CancellationToken ct, string[]? templates = null) =>
        templates is null ? BenchSql.ExecuteAsync(connectionString, sql, ct) : BenchSql.ExecuteAsync(connectionString, sql, ct, ("templates", templates));

    private static double Percentile(List<double> values, double p) => Percentiles.Of(values, p);
}
