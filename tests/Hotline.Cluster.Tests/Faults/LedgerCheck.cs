using System.Collections.Concurrent;
using Npgsql;

namespace Hotline.Cluster.Tests.Faults;

/// <summary>
/// What the database holds about notices and deductions: no inbox item twice for one person, ticket, kind and title;
/// no warning deducted twice; and a "deadline soon" notice for every ticket whose start clock was breached (the notice
/// lead, 5 minutes, is longer than the run's start limit, so each such ticket owed one before its breach).
/// </summary>
public static class LedgerCheck
{
    private const int DeadlineSoon = 6; // InboxItemKind.DeadlineSoon's stored value

    public static async Task Run(string connectionString, IEnumerable<Guid> breached, ConcurrentQueue<string> problems)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var doubledItems = await Scalar(connection,
            "select count(*) from (select 1 from inbox_items group by person_id, ticket_id, kind, title having count(*) > 1) d");
        if (doubledItems > 0)
        {
            problems.Enqueue($"inbox_items: {doubledItems} (person, ticket, kind, title) notified more than once");
        }

        var doubledDeductions = await Scalar(connection, "select count(*) - count(distinct warning_id) from penalty_ledger where kind = 'deduction'");
        if (doubledDeductions > 0)
        {
            problems.Enqueue($"penalty_ledger: {doubledDeductions} deduction(s) for a warning already deducted");
        }

        var noticed = new HashSet<Guid>();
        await using (var command = new NpgsqlCommand($"select distinct ticket_id from inbox_items where kind = {DeadlineSoon} and item_id like '%/Start/%' and ticket_id is not null", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                noticed.Add(reader.GetGuid(0));
            }
        }

        var unnoticed = breached.Where(id => !noticed.Contains(id)).ToList();
        if (unnoticed.Count > 0)
        {
            problems.Enqueue($"{unnoticed.Count} ticket(s) breached their start clock without a 'deadline soon' notice: {string.Join(", ", unnoticed.Take(5))}");
        }
    }

    private static async Task<long> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
