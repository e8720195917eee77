using Hotline.Channels.Contacts;
using Hotline.Kernel;
using Hotline.Organization.Contracts;
using Hotline.Plugins.Abstractions;
using Hotline.Tickets.Contracts.Intake;

namespace Hotline.Channels.Inbound;

/// <summary>
/// Turns one owner's message (already stored and owned by its row) into what it means: the owner's reply on their
/// open ticket (<see cref="OwnerReplies"/>), a new ticket for the one household that lists the sender's phone (or the household the call center matched
/// the contact to), or a wait for that match; the pictures sent with it go on that ticket. Idempotent: the ticket's
/// request id comes from (channel, message id) and a picture is stored once per ticket.
/// </summary>
public sealed class MessageIntake(
    IHouseholdRegistry households, ContactStore contacts, ITicketIntake tickets, OwnerReplies replies, ChannelAttachments attachments, TimeProvider time)
{
    public async Task<(InboundOutcome Outcome, InboundCompletion Completion)> Handle(string channel, InboundMessage message, CancellationToken ct)
    {
        var phone = PhoneNumbers.Normalize(message.Sender.Phone);
        if (phone is null)
        {
            var errors = new Dictionary<string, string[]> { ["sender"] = ["the sender has no readable phone number; owners are recognised by phone"] };
            return (InboundOutcome.Refused(errors), new InboundCompletion(InboundStatus.Refused) { Error = "sender: no readable phone number" });
        }

        if (await replies.TryAttach(channel, phone, message, ct) is { } reply)
        {
            return await Processed(reply.TicketId, reply.TicketNumber, phone, message, ct);
        }

        var household = await HouseholdOf(phone, ct);
        if (household is not { } known)
        {
            await contacts.Seen(phone, message.Sender.Name, time.GetUtcNow(), ct);
            return (InboundOutcome.Waiting(InboundStatus.AwaitingHousehold), new InboundCompletion(InboundStatus.AwaitingHousehold) { SenderPhone = phone });
        }

        var text = message.Text.Trim();
        var result = await tickets.Register(
            new ChannelIntake(channel, message.MessageId, TicketKindClassifier.Classify(text), known.ProjectId, known.Household, text, message.Sender.Name?.Trim(), phone), ct);
        if (result.Registered)
        {
            return await Processed(result.TicketId!.Value, result.TicketNumber, phone, message, ct);
        }

        if (result.Errors.Count > 0)
        {
            // The validator's messages name the field and never repeat the phone.
            var reason = string.Join("; ", result.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
            return (InboundOutcome.Refused(result.Errors), new InboundCompletion(InboundStatus.Refused) { Error = $"registration refused: {reason}" });
        }

        throw new InvalidOperationException($"the ticket refused the registration: {result.Rejection}");
    }

    // A refused picture does not refuse the message: the ticket stands, and operators see which picture and why.
    private async Task<(InboundOutcome, InboundCompletion)> Processed(Guid ticketId, string? number, string phone, InboundMessage message, CancellationToken ct)
    {
        var refused = await attachments.Attach(ticketId, phone, message, ct);
        return (InboundOutcome.Done(InboundStatus.Processed, ticketId, number),
            new InboundCompletion(InboundStatus.Processed) { TicketId = ticketId, TicketNumber = number, Error = refused });
    }

    /// <summary>The one registered household listing the phone; else the call center's match of the contact; else none.</summary>
    private async Task<(string ProjectId, string Household)?> HouseholdOf(string phone, CancellationToken ct)
    {
        var found = await households.FindByPhone(phone);
        return found is [var one] ? (one.ProjectId, one.Label) : await contacts.MatchOf(phone, ct);
    }
}
