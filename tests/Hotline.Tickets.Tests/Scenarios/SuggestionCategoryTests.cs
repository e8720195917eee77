using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Tests.Scenarios;

[Collection(TicketsCollection.Name)]
public sealed class SuggestionCategoryTests(AroundTheClockFixture fixture)
{
    [Theory]
    [InlineData("建議物業客服延長服務時間", "customer-service")]
    [InlineData("建議更換老舊電梯", "engineering")]
    [InlineData("建議晚上加強保安巡邏", "security")]
    [InlineData("建議增加垃圾分類桶", "cleaning")]
    [InlineData("建議多種一些花草樹木", "landscaping")]
    [InlineData("建議舉辦業主聯誼活動", "other")]
    public async Task A10_2_1_suggestions_are_classified_into_the_same_six_categories(string text, string category)
    {
        var ticket = await (await TicketClient.Register(fixture.Http, kind: "Suggestion", text: text)).Get();

        Assert.Equal(TicketKind.Suggestion, ticket.Kind);
        Assert.Equal(category, ticket.Category);
    }
}
