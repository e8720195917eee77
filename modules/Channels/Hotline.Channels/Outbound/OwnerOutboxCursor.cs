using System.Globalization;

namespace Hotline.Channels.Outbound;

/// <summary>Where a page of the owner outbox ended: the last row's creation time and message id, as "{utc ticks}.{message id}".</summary>
public sealed record OwnerOutboxCursor(DateTimeOffset CreatedAt, string MessageId)
{
    public override string ToString() => $"{CreatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}.{MessageId}";

    public static bool TryParse(string? text, out OwnerOutboxCursor? cursor)
    {
        cursor = null;
        var dot = text?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (text is null || dot <= 0 || dot == text.Length - 1 || text.Length > 100
            || !long.TryParse(text.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        cursor = new OwnerOutboxCursor(new DateTimeOffset(ticks, TimeSpan.Zero), text[(dot + 1)..]);
        return true;
    }
}
