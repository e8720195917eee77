using System.Text.RegularExpressions;
using Hotline.Kernel;
using Hotline.Plugins.Abstractions;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Intake;

namespace Hotline.Channels.Inbound;

/// <summary>
/// A2, "the owner replies to the thread": a message whose <see cref="InboundMessage.InReplyTo"/> names a ticket (its
/// number, or the id of Hotline's message about it, when <see cref="IOwnerMessageTickets"/> knows it), or whose text
/// starts with a ticket's number (<c>#000123 …</c>), lands on that ticket's timeline as the owner's message, provided
/// the ticket is open and was registered with the sender's number. Otherwise it is a new matter (null).
/// </summary>
public sealed partial class OwnerReplies(ITicketIntake tickets, IGrainFactory grains, IEnumerable<IOwnerMessageTickets> outbound)
{
    public async Task<(Guid TicketId, string? TicketNumber)?> TryAttach(string channel, string phone, InboundMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var ticketId in await Candidates(message, ct))
        {
            var reply = new OwnerReply(RequestIdOf(channel, message.MessageId), channel, phone, message.Text);
            var outcome = await grains.GetGrain<ITicketGrain>(ticketId).AddOwnerReply(reply);
            if (outcome.Accepted)
            {
                return (ticketId, await tickets.NumberOf(ticketId, ct));
            }
        }

        return null;
    }

    /// <summary>The same message always makes the same request: a retried or repeated delivery adds one timeline entry.</summary>
    public static string RequestIdOf(string channel, string messageId) => $"owner-message:{NameBasedGuid.From($"{channel}\n{messageId}"):N}";

    private async Task<List<Guid>> Candidates(InboundMessage message, CancellationToken ct)
    {
        var found = new List<Guid>();
        if (message.InReplyTo is { Length: > 0 } replyTo)
        {
            if (await tickets.FindByNumber(replyTo.TrimStart('#'), ct) is { } byNumber)
            {
                found.Add(byNumber);
            }

            foreach (var lookup in outbound)
            {
                if (await lookup.TicketOf(replyTo, ct) is { } bySent)
                {
                    found.Add(bySent);
                }
            }
        }

        if (QuotedNumber().Match(message.Text) is { Success: true } quoted && await tickets.FindByNumber(quoted.Groups[1].Value, ct) is { } byText)
        {
            found.Add(byText);
        }

        return [.. found.Distinct()];
    }

    [GeneratedRegex(@"^\s*#([0-9]{1,12})(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedNumber();
}
