using Hotline.Escalation.Contracts;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Lists;
using Hotline.WebConsole.Text.Refusals;
using Hotline.WebConsole.Text.Ticket;

namespace Hotline.Browser.Tests.Console.TicketActions;

/// <summary>Every refusal code of the ticket and the warning, and every "waiting on" value of the list, has a word in each of the console's languages.</summary>
public sealed class RefusalTextsTests
{
    public static TheoryData<string> Languages() => ["zh-Hant", "zh-Hans", "en"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void I13_EveryRefusalReason_AndEveryAssignee_HasAWord(string lang)
    {
        var refusals = RefusalTexts.For(lang);
        var list = TicketListTexts.For(lang);

        Assert.Equal((lang, lang), (refusals.Lang, list.Lang));
        Assert.All(Enum.GetValues<RefusalReason>(), r => Assert.False(string.IsNullOrWhiteSpace(refusals.Tickets.GetValueOrDefault(r)), $"{lang}: no word for {r}"));
        Assert.All(Enum.GetValues<WarningRefusalReason>(), r => Assert.False(string.IsNullOrWhiteSpace(refusals.Warnings.GetValueOrDefault(r)), $"{lang}: no word for {r}"));
        Assert.All(TicketListValues.Assignees, a => Assert.True(list.Assignees.ContainsKey(a), $"{lang}: no word for assignee {a}"));
    }
}
