using Hotline.Tickets.Api;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Tests.Privacy;

public sealed class OwnerContactRulesTests
{
    private static (OwnerContact? Owner, Dictionary<string, string> Errors) Check(string? name, string? phone)
    {
        var errors = new Dictionary<string, string>();
        var owner = OwnerContactRules.Check(name, phone, (field, message) => errors[field] = message);
        return (owner, errors);
    }

    [Theory]
    [InlineData("13812341234", "13812341234")]
    [InlineData("138 1234 1234", "13812341234")]
    [InlineData("010-12345678", "010-12345678")]
    [InlineData("0571 88886666", "057188886666")]
    [InlineData("021-1234567-89", "021-1234567-89")]
    public void Check_MobileOrLandline_IsAcceptedWithoutSpaces(string phone, string kept)
    {
        var (owner, errors) = Check("張三", phone);

        Assert.Empty(errors);
        Assert.Equal(new OwnerContact("張三", kept), owner);
    }

    [Theory]
    [InlineData("12812341234")]
    [InlineData("1381234123")]
    [InlineData("138123412345")]
    [InlineData("+8613812341234")]
    [InlineData("87654321")]
    [InlineData("010--12345678")]
    [InlineData("１３８１２３４１２３４")]
    [InlineData("call me")]
    public void Check_NotAPhoneNumber_FailsOwnerPhoneWithoutRepeatingIt(string phone)
    {
        var (_, errors) = Check(null, phone);

        var message = Assert.Single(errors, e => e.Key == "ownerPhone").Value;
        Assert.DoesNotContain(phone, message);
    }

    [Fact]
    public void Check_PhoneOverMaxLength_FailsOwnerPhone()
    {
        var (_, errors) = Check(null, new string('1', OwnerContactRules.MaxPhoneLength + 1));

        Assert.Contains("20", errors["ownerPhone"]);
    }

    [Fact]
    public void Check_NameOverMaxLength_FailsOwnerName()
    {
        var (_, errors) = Check(new string('張', OwnerContactRules.MaxNameLength + 1), "13812341234");

        Assert.Contains("50", errors["ownerName"]);
        Assert.False(errors.ContainsKey("ownerPhone"));
    }

    [Fact]
    public void Check_NameWithControlCharacter_FailsOwnerName()
    {
        var (_, errors) = Check("張\n三", null);

        Assert.True(errors.ContainsKey("ownerName"));
    }

    [Fact]
    public void Check_NeitherGiven_HasNoOwner()
    {
        var (owner, errors) = Check("  ", null);

        Assert.Null(owner);
        Assert.Empty(errors);
    }

    [Fact]
    public void Check_NameOnly_KeepsTheTrimmedName()
    {
        var (owner, _) = Check(" 李四 ", null);

        Assert.Equal(new OwnerContact("李四", null), owner);
    }

    [Fact]
    public void OwnerContact_ToString_NeverShowsThePhone() =>
        Assert.DoesNotContain("13812341234", new RegisterTicket("r", TicketKind.Complaint, "p", "b", "t", null, null, null, "c", null)
        {
            Owner = new OwnerContact("張三", "13812341234"),
        }.ToString());
}
