using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.WebConsole.Text.Ticket;

namespace Hotline.Browser.Tests.Console.TicketActions;

/// <summary>Every command the ticket page may offer, and every field of its form, has a word in each of the console's languages.</summary>
public sealed class TicketActionTextsTests
{
    public static TheoryData<string> Languages() => ["zh-Hant", "zh-Hans", "en"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryOfferedCommandAndField_HasAWord(string lang)
    {
        var words = TicketActionTexts.For(lang);
        var fields = TicketCommandForms.Offered.SelectMany(TicketCommandForms.For).Select(f => f.Name).Distinct();

        Assert.Equal(lang, words.Lang);
        Assert.All(TicketCommandForms.Offered, c => Assert.True(words.Commands.ContainsKey(c), $"{lang}: no word for command {c}"));
        Assert.All(fields, f => Assert.True(words.Fields.ContainsKey(f), $"{lang}: no word for field {f}"));
        Assert.All(Enum.GetNames<Severity>(), s => Assert.True(words.Severities.ContainsKey(s), $"{lang}: no word for severity {s}"));
    }
}
