using Hotline.Reporting.Contracts.Figures;
using Npgsql;

namespace Hotline.Reporting.Figures;

/// <summary>
/// The statements a pass runs: one per figure group asked for, none for a group left out. Each group writes only its
/// own members of a <see cref="ScopeTally"/>, which is what lets the lanes fill the same tallies side by side.
/// </summary>
internal static class FigureStatements
{
    public static IReadOnlyList<FigureStatement> Of(FigureGrouping g, FigureGroups groups) =>
    [
        .. new FigureStatement[]
        {
            new(FigureGroups.Received, FigureLanes.Received, FiguresSql.Received(g), Received),
            new(FigureGroups.Open, FigureLanes.Open, FiguresSql.Open(g), (r, t) => ScopeTally.Add(t.Open, r.GetString(1), r.GetInt64(2))),
            new(FigureGroups.Clocks, FigureLanes.Clocks, FiguresSql.Clocks(g), Clocks),
            new(FigureGroups.Warnings, FigureLanes.Warnings, FiguresSql.Warnings(g), Warnings),
            new(FigureGroups.SameIssues, FigureLanes.SameIssues, FiguresSql.SameIssues(g), (r, t) => ScopeTally.Add(t.SameIssues, r.GetString(1), r.GetInt64(2))),
            new(FigureGroups.Penalties, FigureLanes.Penalties, FiguresSql.Penalties(g), (r, t) => t.PenaltyPoints += r.IsDBNull(1) ? 0 : r.GetDecimal(1)),
        }.Where(s => (groups & s.Group) != 0),
    ];

    private static void Received(NpgsqlDataReader r, ScopeTally t)
    {
        var count = r.GetInt64(4);
        t.Received += count;
        ScopeTally.Add(t.Kinds, r.GetString(1), count);
        ScopeTally.Add(t.Categories, r.GetString(2), count);
        ScopeTally.Add(t.Channels, r.GetString(3), count);
        t.InvalidComplaints += r.GetInt64(5);
        t.Adopted += r.GetInt64(6);
        t.NotAdopted += r.GetInt64(7);
        t.Undecided += r.GetInt64(8);
        t.Rated += r.GetInt64(9);
        t.OverallSum += r.GetInt64(10);
        t.SpeedSum += r.GetInt64(11);
        t.AttitudeSum += r.GetInt64(12);
    }

    private static void Clocks(NpgsqlDataReader r, ScopeTally t)
    {
        var column = 1;
        foreach (var (clock, _) in ReportClocks.All)
        {
            foreach (var outcome in ReportClocks.Outcomes)
            {
                var key = (clock, outcome);
                t.Clocks[key] = t.Clocks.GetValueOrDefault(key) + r.GetInt64(column++);
            }
        }
    }

    private static void Warnings(NpgsqlDataReader r, ScopeTally t)
    {
        var level = r.GetString(1);
        if (r.GetInt64(2) is var raised and > 0)
        {
            ScopeTally.Add(t.WarningsRaised, level, raised);
        }

        if (r.GetInt64(3) is var open and > 0)
        {
            ScopeTally.Add(t.WarningsOpen, level, open);
        }

        t.Verified += r.GetInt64(4);
        t.VerifySeconds += r.GetDouble(5);
        t.Answered += r.GetInt64(6);
        t.AnswerSeconds += r.GetDouble(7);
    }
}
