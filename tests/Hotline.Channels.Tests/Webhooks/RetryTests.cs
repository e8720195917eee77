using System.Net;
using Hotline.Channels.Inbound;
using Hotline.Channels.Tests.Support;

namespace Hotline.Channels.Tests.Webhooks;

/// <summary>Issue 11, nothing lost: a plugin that throws leaves the message failed and visible with its error; a retry processes it once the fault is gone.</summary>
[Collection(ChannelsCollection.Name)]
public sealed class RetryTests(ChannelsFixture fixture)
{
    [Fact]
    public async Task A2_PluginThrows_MessageFailedAndVisibleToOperators_ThenProcessedByTheRetry()
    {
        var phone = ChannelsFixture.NewPhone();
        await fixture.ProjectWithOwner(phone);
        var messageId = $"f-{Guid.NewGuid():N}";
        fixture.Flaky.Broken = true;
        Guid stored;
        try
        {
            var response = await fixture.Provider.Post("/channels/test-flaky/in", $$"""{"messageId":"{{messageId}}","from":"{{phone}}","text":"电梯故障"}""", ChannelsFixture.FlakySecret, fixture.Clock.GetUtcNow());

            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            Assert.Equal(InboundStatus.Failed, (await response.Answer()).Status);
            var failed = Assert.Single(await fixture.Http.Inbound("status=failed&channel=test-flaky&limit=200"));
            Assert.Equal(1, failed.Attempts);
            Assert.Contains("InvalidOperationException", failed.LastError, StringComparison.Ordinal);
            Assert.DoesNotContain(phone, failed.LastError, StringComparison.Ordinal);
            Assert.DoesNotContain("13800000000", failed.LastError, StringComparison.Ordinal);
            Assert.NotNull(failed.NextAttemptAt);
            // Parse never ran to the end, so the row has no message id yet: it is known by its own id.
            Assert.Null(failed.MessageId);
            stored = failed.Id;
        }
        finally
        {
            fixture.Flaky.Broken = false;
        }

        // The sweep runs on the fake clock: move it on until the row is processed.
        var done = await Eventually.Get(
            async () => (await fixture.Http.Inbound("channel=test-flaky&limit=200")).Single(r => r.Id == stored),
            row => row.Status == InboundStatus.Processed, fixture.Clock, TimeSpan.FromSeconds(5));

        Assert.True(done.Attempts >= 2);
        Assert.Equal(messageId, done.MessageId);
        var ticket = await fixture.Http.GetTicket(done.TicketId!.Value);
        Assert.Equal(("test-flaky", "5-2-502"), (ticket.Channel, ticket.Household));
    }
}
