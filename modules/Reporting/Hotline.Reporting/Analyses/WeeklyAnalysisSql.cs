using Hotline.Reporting.Frozen;

namespace Hotline.Reporting.Analyses;

/// <summary>The statements on <c>weekly_analyses</c> (migration 0032): append-only versions per week (appended by <see cref="FrozenVersions"/>).</summary>
internal static class WeeklyAnalysisSql
{
    /// <summary>Every version, newest first; replaced as <see cref="FrozenVersions"/> says it for every frozen report.</summary>
    public static readonly string Versions = $"""
        select a.version, a.released_at, a.released_by, a.sha256, {FrozenVersions.Analyses.ReplacedBy("a")} is not null as replaced
        from weekly_analyses a where a.week = @week
        order by a.version desc
        """;

    public const string Content = "select content from weekly_analyses where week = @week and version = @version";
}
