using Hotline.Plugins.Abstractions;
using Hotline.Plugins.Kit;

namespace Hotline.Tickets.Tests.Privacy;

public sealed class PersonalDataMaskTests
{
    [Theory]
    [InlineData("13812341234", "138****1234")]
    [InlineData("19900001111", "199****1111")]
    [InlineData(" 13812341234 ", "138****1234")]
    [InlineData("010-12345678", "010-****5678")]
    [InlineData("0571-88886666", "057*-****6666")]
    [InlineData("010-12345678-123", "010-*******8-123")]
    public void Phone_FullNumber_KeepsFirstThreeAndLastFourDigits(string phone, string masked) =>
        Assert.Equal(masked, PersonalDataMask.Phone(phone));

    [Theory]
    [InlineData("1234567", "*****67")]
    [InlineData("123456", "****56")]
    [InlineData("12345", "*****")]
    [InlineData("1", "*")]
    [InlineData("12-34", "**-**")]
    public void Phone_ShortNumber_HidesAtLeastHalf(string phone, string masked) =>
        Assert.Equal(masked, PersonalDataMask.Phone(phone));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Phone_NullOrBlank_IsNull(string? phone) => Assert.Null(PersonalDataMask.Phone(phone));

    [Theory]
    [InlineData("13812341234")]
    [InlineData("010-12345678")]
    [InlineData("0571-88886666-12")]
    [InlineData("1234567890")]
    public void Phone_AnyMasked_HasNoFiveDigitsInARow(string phone) =>
        Assert.DoesNotMatch(@"[0-9]{5}", PersonalDataMask.Phone(phone)!);

    [Theory]
    [InlineData("張三", "張*")]
    [InlineData("歐陽娜娜", "歐***")]
    [InlineData("  王小梅 ", "王**")]
    [InlineData("John Smith", "J*** *****")]
    public void Name_KeepsOnlyTheFirstCharacter(string name, string masked) =>
        Assert.Equal(masked, PersonalDataMask.Name(name));

    [Theory]
    [InlineData("張", "*")]
    [InlineData("J", "*")]
    public void Name_SingleCharacter_IsHiddenWhole(string name, string masked) =>
        Assert.Equal(masked, PersonalDataMask.Name(name));

    [Fact]
    public void Name_CharacterOutsideTheBasicPlane_CountsAsOneCharacter()
    {
        // U+20BB7 (𠮷) is two UTF-16 code units; it must not be split into a half-character.
        Assert.Equal("𠮷*", PersonalDataMask.Name("𠮷野"));
        Assert.Equal("王*", PersonalDataMask.Name("王𠮷"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void Name_NullOrBlank_IsNull(string? name) => Assert.Null(PersonalDataMask.Name(name));
}
