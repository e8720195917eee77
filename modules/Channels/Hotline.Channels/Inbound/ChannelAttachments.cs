using Hotline.Attachments.Contracts;
using Hotline.Kernel;
using Hotline.Plugins.Abstractions;

namespace Hotline.Channels.Inbound;

/// <summary>
/// Puts the pictures an owner sent with a message on the ticket it became (or the open ticket it replied to), through
/// the same checks and budgets as any upload. Safe to run again on a retry: the photo store keeps one copy of the
/// same bytes per ticket, so a message processed twice adds each picture once.
/// </summary>
public sealed class ChannelAttachments(ITicketPhotoIntake photos)
{
    /// <summary>The pictures refused (each named by its file name, with why), or null when all were stored.</summary>
    public async Task<string?> Attach(Guid ticketId, string phone, InboundMessage message, CancellationToken ct)
    {
        if (message.Attachments.Count == 0)
        {
            return null;
        }

        // The owner uploads as the same actor as on the portal and in their replies: a digest of their number.
        var owner = OwnerActors.ForPhone(phone).PersonId;
        var refused = new List<string>();
        foreach (var file in message.Attachments)
        {
            var added = await photos.Add(ticketId, file.ContentType, file.Content.ToArray(), owner, ct);
            if (added.Refusal is { } refusal)
            {
                refused.Add($"{file.FileName}: {refusal}");
            }
        }

        return refused.Count == 0 ? null : "attachments refused: " + string.Join("; ", refused);
    }
}
