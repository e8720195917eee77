using Hotline.Organization.Households;

namespace Hotline.Organization.Tests.Households;

/// <summary>A registry file (A11.1.1 / A11.3's households): every bad line is named with its line and column.</summary>
public sealed class HouseholdCsvTests
{
    [Fact]
    public void A11_1_1_GoodFile_GivesEachHouseholdItsLabelAndPhones()
    {
        var (rows, problems) = HouseholdCsv.Parse("Room,Building,Unit,Phones\r\n1201,3,1,13800000001; +852 9123 4567\n\"0101\",A,,\n");

        Assert.Empty(problems);
        Assert.Equal(["3-1-1201", "A-0101"], rows.Select(r => r.Label));
        Assert.Equal(["13800000001", "+85291234567"], rows[0].OwnerPhones);
        Assert.Empty(rows[1].OwnerPhones);
        Assert.Equal([2, 3], rows.Select(r => r.Row));
    }

    [Fact]
    public void A11_1_1_BadLines_AreEachNamedByLineAndColumn()
    {
        const string file = "building,unit,room,phones\n3,1,1201,13800000001\n3,1,,\n3,1,1203,call me\n3,1,1201,\n3-4,1,1205,\n";

        var (_, problems) = HouseholdCsv.Parse(file);

        Assert.Equal(
            ["rows[3].room", "rows[4].phones", "rows[5].room", "rows[6].building"],
            problems.Select(p => p.Field));
        Assert.Contains("line 2", problems[2].Problem);
    }

    [Fact]
    public void A11_1_1_HeaderWithoutRoom_OrWithAnUnknownColumn_IsRefusedAtLine1()
    {
        var (_, problems) = HouseholdCsv.Parse("building,flat\n3,1201\n");

        Assert.Equal(["rows[1].flat", "rows[1].room"], problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData("3-1-1201")]
    [InlineData(" 3/1/1201 ")]
    [InlineData("3 1 1201")]
    [InlineData("3－1－1201")]
    [InlineData("3#1#1201")]
    public void A11_1_1_AnySpellingOfAHousehold_HasOneKey(string spelling) => Assert.Equal("3-1-1201", HouseholdNames.Key(spelling));
}
