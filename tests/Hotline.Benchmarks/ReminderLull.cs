using System.Diagnostics;
using Npgsql;

namespace Hotline.Benchmarks;

/// <summary>
/// Waits, before intake is measured at a volume, until no reminder of the tickets registered earlier in the run is due
/// within the coming measurement: the earlier windows' registrations ("deadline soon" at 5 min, start breach at 10 min in
/// the duty window) would otherwise fire into the next window, which the empty volume never sees. The signal is the
/// reminder table itself (a row due before the window's end, or already due and ticking); the preload's own rows are due
/// days later (<see cref="ReportFill.RemindersAfter"/>) and never count. Gives up after <c>limit</c> and says so.
/// </summary>
public static class ReminderLull
{
    public static async Task WaitAsync(string connectionString, TimeSpan window, TimeSpan limit, Report report, CancellationToken ct)
    {
        var waited = Stopwatch.StartNew();
        long due;
        while ((due = await DueAsync(connectionString, window, ct)) > 0 && waited.Elapsed < limit)
        {
            await Task.Delay(TimeSpan.FromSeconds(5), ct);
        }

        report.Note(due == 0
            ? $"reminder lull: no earlier registration's reminder due in the next {window.TotalSeconds:0} s (waited {waited.Elapsed.TotalSeconds:0} s)"
            : $"reminder lull NOT reached after {limit.TotalMinutes:0} min: {due} reminders of earlier registrations due during the measurement");
    }

    private static async Task<long> DueAsync(string connectionString, TimeSpan window, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("select count(*) from orleans_reminders where starttime < now() + @window", connection);
        command.Parameters.AddWithValue("window", window);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }
}
