using Hotline.Reporting.Frozen;

namespace Hotline.Reporting.Tests.Frozen;

public sealed class FrozenJsonTests
{
    private enum Kind { Late, OnTime }

    private sealed record Sample(string Name, Kind Kind, int Count);

    [Fact]
    public void Serialize_KeepsChinese_EnumsByName_CamelCaseCompact()
    {
        // Worked by hand: web names, declaration order, no whitespace, Chinese not \u-escaped, the enum by its name.
        Assert.Equal("""{"name":"项目一","kind":"OnTime","count":3}""", FrozenJson.Serialize(new Sample("项目一", Kind.OnTime, 3)));
    }

    [Fact]
    public void Sha256_IsLowercaseHexOfUtf8Bytes()
    {
        // The FIPS 180-2 test vector for "abc".
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", FrozenJson.Sha256("abc"));
    }

    [Fact]
    public void Deserialize_ReadsTextFrozenWithEscapedChineseAndNumericEnums()
    {
        // Text stored under the earlier bulletin options (non-ASCII escaped, enums as numbers) still reads.
        Assert.Equal(new Sample("项目一", Kind.OnTime, 3), FrozenJson.Deserialize<Sample>("""{"name":"\u9879\u76EE\u4E00","kind":1,"count":3}"""));
    }

    [Fact]
    public void With_SetsOneProperty_KeepsTheOthersInOrder()
    {
        Assert.Equal("""{"a":1,"remarks":"好","b":2}""", FrozenJson.With("""{"a":1,"remarks":null,"b":2}""", "remarks", "好"));
        Assert.Equal("""{"a":1,"remarks":null}""", FrozenJson.With("""{"a":1,"remarks":"x"}""", "remarks", "  "));
    }
}
