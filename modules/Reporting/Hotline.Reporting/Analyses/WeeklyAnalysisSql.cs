namespace Hotline.Reporting.Analyses;

/// <summary>The statements on <c>weekly_analyses</c> (migration 0032): append-only versions per week.</summary>
internal static class WeeklyAnalysisSql
{
    /// <summary>The next version of the week; two releases at once meet the primary key and the loser tries again.</summary>
    public const string Insert = """
        insert into weekly_analyses (week, version, content, sha256, released_by, released_at)
        select @week, coalesce(max(version), 0) + 1, @content, @sha256, @released_by, @released_at
        from weekly_analyses where week = @week
        returning version
        """;

    /// <summary>Every version, newest first; a version is replaced when a later one exists.</summary>
    public const string Versions = """
        select version, released_at, released_by, sha256, version < max(version) over () as replaced
        from weekly_analyses where week = @week
        order by version desc
        """;

    public const string Content = "select content from weekly_analyses where week = @week and version = @version";
}
