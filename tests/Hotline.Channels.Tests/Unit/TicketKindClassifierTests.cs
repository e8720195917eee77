using Hotline.Channels.Inbound;
using Hotline.Tickets.Contracts;

namespace Hotline.Channels.Tests.Unit;

/// <summary>A2: an owner's free text is classified as a suggestion, a repair or a complaint by the documented keywords.</summary>
public sealed class TicketKindClassifierTests
{
    [Theory]
    [InlineData("3号楼电梯坏了", TicketKind.Repair)]
    [InlineData("能否尽快维修楼道灯", TicketKind.Repair)]
    [InlineData("建议在小区门口增加快递柜", TicketKind.Suggestion)]
    [InlineData("希望能延长游泳池开放时间", TicketKind.Suggestion)]
    [InlineData("保安态度恶劣", TicketKind.Complaint)]
    public void A2_Classify_ByKeywords(string text, TicketKind expected) => Assert.Equal(expected, TicketKindClassifier.Classify(text));
}
