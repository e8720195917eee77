namespace Hotline.Reporting.WeeklySummaries;

public sealed partial class WeeklySummaryStore
{
    /// <summary>
    /// The projects whose current version of the week is still the unsigned first draft: who the "to sign" notice is for.
    /// Read from the table, not from what one drafting pass inserted, so a pass whose notice failed after the insert
    /// committed tells the managers on its retry (the item ids are deterministic, so a repeat is kept once).
    /// </summary>
    public async Task<IReadOnlyList<string>> UnsignedFirstDrafts(string week, CancellationToken ct = default)
    {
        await using var command = database.CreateCommand(
            "select project_id from weekly_summaries where week = $1 and version = 1 and not replaced and status = 'Draft' order by project_id");
        command.Parameters.AddWithValue(week);
        var projects = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            projects.Add(reader.GetString(0));
        return projects;
    }
}
