using Hotline.WebConsole.Dashboard;

namespace Hotline.Browser.Tests.Console.Dashboard;

/// <summary>The dashboards' chart geometry, with coordinates worked out by hand from the layout constants.</summary>
public sealed class ChartGeometryTests
{
    [Fact]
    public void I13_Bars_RunFromTheLabelColumn_InProportionToTheMax_AndStopAtTheEdge()
    {
        // Bars span x 110..250 (140 units): 50 of 100 is 70 long; 150 of 100 is drawn at the full 140.
        var geometry = new BarGeometry(100);
        Assert.Equal(70, geometry.BarWidth(50), 6);
        Assert.Equal(140, geometry.BarWidth(150), 6);
        Assert.Equal(0, geometry.BarWidth(-3), 6);
        // Rows of 28 from y 8, each 18-high bar centred (5 above it): row 2 starts at 8 + 56 + 5 = 69, its text at 69 + 18 - 4 = 83.
        Assert.Equal(13, BarGeometry.BarY(0), 6);
        Assert.Equal(69, BarGeometry.BarY(2), 6);
        Assert.Equal(83, BarGeometry.TextY(2), 6);
        Assert.Equal(100, BarGeometry.Height(3), 6);
    }

    [Fact]
    public void I13_SameIssueLine_IsDrawnWhereItsShareFalls()
    {
        // Axis 0..10 %: the 5 % line halfway along the bars, at 110 + 70 = 180.
        Assert.Equal(180, new BarGeometry(10).LineX(5), 6);
    }

    [Fact]
    public void I13_LineChart_SpreadsEightWeeksEvenly_AndBreaksWhereAWeekHasNoValue()
    {
        // x from 40 to 306: 266 / 7 = 38 apart; y from 130 (0) up to 10 (the max 6): 3 is at 70.
        var geometry = new LineGeometry(8, 6);
        Assert.Equal(40, geometry.X(0), 6);
        Assert.Equal(78, geometry.X(1), 6);
        Assert.Equal(306, geometry.X(7), 6);
        Assert.Equal(70, geometry.Y(3), 6);
        Assert.Equal(10, geometry.Y(6), 6);

        var runs = geometry.Runs([0, 3, null, 6, null, null, null, 6]);

        Assert.Equal(["40,130 78,70", "154,10", "306,10"], runs);
    }

    [Fact]
    public void I13_CountAxis_TopsAtTheLargestValue_AndAtOneWhenAllAreZero()
    {
        Assert.Equal(7, ChartScale.CountMax([4, 7, 2]));
        Assert.Equal(1, ChartScale.CountMax([0, 0]));
        Assert.Equal(1, ChartScale.CountMax([]));
        Assert.Equal(130, new ChartScale(0, 130, 10).At(5));
    }
}
