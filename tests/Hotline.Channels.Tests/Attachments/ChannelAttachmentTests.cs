using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hotline.Attachments.Contracts;
using Hotline.Channels.Inbound;
using Hotline.Channels.Tests.Support;
using Hotline.Plugins.Abstractions;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Channels.Tests.Attachments;

/// <summary>A2: the pictures an owner sends through a channel land on the ticket, once, whatever the retries.</summary>
[Collection(ChannelsCollection.Name)]
public sealed class ChannelAttachmentTests(ChannelsFixture fixture)
{
    private const string Url = "/channels/test-flaky/in";

    // A 1 x 1 PNG (67 bytes).
    private static readonly string Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    [Fact]
    public async Task A2_PictureSentWithAMessage_IsOnTheTicket_UploadedByTheOwner()
    {
        var phone = ChannelsFixture.NewPhone();
        await fixture.ProjectWithOwner(phone);

        var answer = await Send(Body($"photo-{Guid.NewGuid():N}", phone, ("leak.png", "image/png", Png)));

        var photos = await Photos(answer.TicketId!.Value);
        var photo = Assert.Single(photos);
        Assert.Equal("image/png", photo.ContentType);
        // Uploaded by the owner's actor: "owner:" and the first 16 hex digits of SHA-256 over the number.
        Assert.Equal("owner:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(phone)))[..16], photo.UploadedBy);
    }

    [Fact]
    public async Task A2_MessageProcessedAgain_AddsEachPictureOnce()
    {
        var phone = ChannelsFixture.NewPhone();
        await fixture.ProjectWithOwner(phone);
        var messageId = $"again-{Guid.NewGuid():N}";
        var answer = await Send(Body(messageId, phone, ("leak.png", "image/png", Png)));

        // What a retry of a stored message does: the same message through the intake again.
        var message = new InboundMessage(messageId, new OwnerAddress(phone), "水管漏水", fixture.Clock.GetUtcNow())
        {
            Attachments = [new InboundAttachment("leak.png", "image/png", Convert.FromBase64String(Png))],
        };
        var (outcome, _) = await fixture.Services.GetRequiredService<MessageIntake>().Handle("test-flaky", message, CancellationToken.None);

        Assert.Equal(answer.TicketId, outcome.TicketId);
        Assert.Single(await Photos(answer.TicketId!.Value));
    }

    [Fact]
    public async Task A2_AFileThatIsNoPicture_IsRefusedByName_TheTicketStands_AndOperatorsSeeWhy()
    {
        var phone = ChannelsFixture.NewPhone();
        await fixture.ProjectWithOwner(phone);
        var notAPicture = Convert.ToBase64String("just some text, not an image"u8.ToArray());

        var answer = await Send(Body($"mixed-{Guid.NewGuid():N}", phone, ("notes.txt", "text/plain", notAPicture), ("leak.png", "image/png", Png)));

        Assert.Single(await Photos(answer.TicketId!.Value));
        var row = Assert.Single(await fixture.Http.Inbound("channel=test-flaky&limit=200"), r => r.TicketId == answer.TicketId);
        Assert.Equal(InboundStatus.Processed, row.Status);
        Assert.StartsWith("attachments refused: notes.txt: ", row.LastError);
        Assert.DoesNotContain("leak.png", row.LastError, StringComparison.Ordinal);
    }

    private async Task<InboundAnswer> Send(string body)
    {
        var response = await fixture.Provider.Post(Url, body, ChannelsFixture.FlakySecret, fixture.Clock.GetUtcNow());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Answer();
        Assert.Equal(InboundStatus.Processed, answer.Status);
        return answer;
    }

    private async Task<IReadOnlyList<TicketPhoto>> Photos(Guid ticketId) =>
        (await fixture.Http.GetFromJsonAsync<List<TicketPhoto>>($"/api/tickets/{ticketId}/photos", TicketApi.Json))!;

    private static string Body(string messageId, string phone, params (string Name, string Type, string Base64)[] files) => JsonSerializer.Serialize(new
    {
        messageId, from = phone, text = "水管漏水",
        files = files.Select(f => new { name = f.Name, type = f.Type, base64 = f.Base64 }),
    });
}
