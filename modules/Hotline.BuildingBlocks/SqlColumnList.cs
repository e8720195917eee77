namespace Hotline.BuildingBlocks;

/// <summary>
/// A table's written columns, said once: the parameter list and the upsert's overwrite list are made from them, so a
/// column added to a projection cannot be forgotten in one of three hand-kept lists. Parameters are named like the columns.
/// </summary>
public static class SqlColumnList
{
    /// <summary><c>@a, @b, …</c> for <c>a, b, …</c>.</summary>
    public static string Parameters(string columns) => string.Join(", ", Split(columns).Select(c => "@" + c));

    /// <summary><c>b = excluded.b, …</c> for every column but the <paramref name="key"/>.</summary>
    public static string OverwriteFromExcluded(string columns, string key) =>
        string.Join(", ", Split(columns).Where(c => c != key).Select(c => $"{c} = excluded.{c}"));

    private static IEnumerable<string> Split(string columns) =>
        columns.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
