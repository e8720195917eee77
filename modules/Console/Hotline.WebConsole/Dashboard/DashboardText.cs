namespace Hotline.WebConsole.Dashboard;

/// <summary>The dashboards' words in one language (<see cref="DashboardTexts"/> holds the three); chosen by the console's <c>Lang</c>.</summary>
public sealed record DashboardText
{
    public required string Dashboard { get; init; }
    public required string Choose { get; init; }
    public required string Scope { get; init; }
    public required string Company { get; init; }
    public required string Branch { get; init; }
    public required string Project { get; init; }
    public required string Period { get; init; }
    public required string ThisWeek { get; init; }
    public required string ThisMonth { get; init; }
    public required string Show { get; init; }
    public required string PeriodProblem { get; init; }
    public required string Loading { get; init; }
    public required string AsOf { get; init; }
    public required string Registered { get; init; }
    public required string OnTimeRates { get; init; }
    public required string OnTimeRatesDesc { get; init; }
    public required string Clock { get; init; }
    public required string MetOnTime { get; init; }
    public required string MetLate { get; init; }
    public required string Breached { get; init; }
    public required string Running { get; init; }
    public required string Rate { get; init; }
    public required string NotDecided { get; init; }
    public required string SameIssues { get; init; }
    public required string SameIssuesDesc { get; init; }
    public required string IssueKey { get; init; }
    public required string Households { get; init; }
    public required string Share { get; init; }
    public required string Line { get; init; }
    public required string Reached { get; init; }
    public required string NoSameIssues { get; init; }
    public required string MoreKeys { get; init; }
    public required string PenaltyPoints { get; init; }
    public required string PenaltyMonth { get; init; }
    public required string PerProject { get; init; }
    public required string PerProjectDesc { get; init; }
    public required string Trends { get; init; }
    public required string Week { get; init; }
    public required string RegisteredPerWeek { get; init; }
    public required string RegisteredPerWeekDesc { get; init; }
    public required string OnTimePerWeek { get; init; }
    public required string OnTimePerWeekDesc { get; init; }
    public required string Numbers { get; init; }
    public required IReadOnlyDictionary<string, string> Clocks { get; init; }
}
