using Hotline.Plugins.Abstractions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Hotline.Channels.Inbound;

/// <summary>
/// Processes one stored request, from the webhook or from a retry: the channel parses it, a repeated message id is
/// answered like the first delivery, the sender's limit applies (webhook only), then <see cref="MessageIntake"/>.
/// Whatever goes wrong after the row exists (the plugin throws, a grain call times out, the database fails) leaves
/// the row failed with its error and a retry time: the message is never dropped.
/// </summary>
public sealed class InboundProcessor(InboundStore store, MessageIntake intake, SenderRateLimiter senders, InboundOptions options, TimeProvider time, ILogger<InboundProcessor> logger)
{
    public const int MaxMessageIdLength = 200;

    public async Task<InboundOutcome> Process(InboundRow row, IIntakeChannel channel, bool fromWebhook, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(channel);
        try
        {
            var (outcome, completion) = await Run(row, channel, fromWebhook, ct);
            await store.Complete(row.Id, completion, time.GetUtcNow(), ct);
            return outcome;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // The exception's type only: its message may quote the owner's text or number.
            var error = $"attempt {row.Attempts}: {e.GetType().Name} while processing";
            InboundLog.Failed(logger, row.Id, row.Channel, error);
            var now = time.GetUtcNow();
            await store.Complete(row.Id, InboundCompletion.Failed(error, row.Attempts, now, options), now, ct);
            return InboundOutcome.Waiting(InboundStatus.Failed);
        }
    }

    private async Task<(InboundOutcome, InboundCompletion)> Run(InboundRow row, IIntakeChannel channel, bool fromWebhook, CancellationToken ct)
    {
        var parsed = channel.Parse(new InboundRequest(row.Path, row.ContentType, row.Body, row.Headers, row.ReceivedAt));
        if (parsed.Ignored)
        {
            return (InboundOutcome.Done(InboundStatus.Ignored, null, null), new InboundCompletion(InboundStatus.Ignored) { Error = parsed.Detail });
        }

        if (parsed.Message is not { } message)
        {
            var field = parsed.Field ?? "body";
            return Refuse(field, parsed.Detail ?? "is not a message this channel understands");
        }

        if (string.IsNullOrWhiteSpace(message.MessageId) || message.MessageId.Length > MaxMessageIdLength)
        {
            return Refuse("messageId", $"the channel gave no message id, or one longer than {MaxMessageIdLength} characters");
        }

        if (row.MessageId is null)
        {
            if (await store.ByMessage(channel.Id, message.MessageId, ct) is { } first && first.Id != row.Id)
            {
                return await Repeat(row, first, channel, message, ct);
            }

            if (fromWebhook && await senders.Wait(channel.Id, message.Sender.Phone ?? message.Sender.AccountId ?? "") is > 0 and var wait)
            {
                return (new InboundOutcome(InboundStatus.RateLimited, StatusCodes.Status429TooManyRequests) { RetryAfterSeconds = wait },
                    new InboundCompletion(InboundStatus.RateLimited) { Error = "over the per-sender limit" });
            }

            if (!await store.TakeMessageId(row.Id, message.MessageId, time.GetUtcNow(), ct))
            {
                // A racing delivery of the same message took the id between the read and the write.
                return await Repeat(row, (await store.ByMessage(channel.Id, message.MessageId, ct))!, channel, message, ct);
            }
        }

        return await intake.Handle(channel.Id, message, ct);
    }

    /// <summary>
    /// A repeated delivery: marked a duplicate of the first and answered like it. When the first is still under way
    /// (or failed), this delivery runs the same idempotent intake: its ticket is the first's, never a second one.
    /// </summary>
    private async Task<(InboundOutcome, InboundCompletion)> Repeat(InboundRow row, InboundRow first, IIntakeChannel channel, InboundMessage message, CancellationToken ct)
    {
        var duplicate = new InboundCompletion(InboundStatus.Duplicate) { DuplicateOf = first.Id, TicketId = first.TicketId, TicketNumber = first.TicketNumber };
        if (first.TicketId is { } ticket)
        {
            return (InboundOutcome.Done(InboundStatus.Processed, ticket, first.TicketNumber), duplicate);
        }

        if (first.Status is InboundStatus.AwaitingHousehold or InboundStatus.Refused)
        {
            var answer = first.Status == InboundStatus.Refused
                ? InboundOutcome.Refused(new Dictionary<string, string[]> { ["body"] = [first.LastError ?? "refused before"] })
                : InboundOutcome.Waiting(first.Status);
            return (answer, duplicate);
        }

        var (outcome, completion) = await intake.Handle(channel.Id, message, ct);
        await store.Complete(first.Id, completion, time.GetUtcNow(), ct);
        return (outcome, duplicate with { TicketId = completion.TicketId, TicketNumber = completion.TicketNumber });
    }

    private static (InboundOutcome, InboundCompletion) Refuse(string field, string detail) =>
        (InboundOutcome.Refused(new Dictionary<string, string[]> { [field] = [detail] }), new InboundCompletion(InboundStatus.Refused) { Error = $"{field}: {detail}" });
}
