using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Hotline.Notifications.Inbox;

/// <summary>
/// Where a page ended: the last item's time and id (the inbox's order). Opaque to clients: base64url of
/// "microseconds since the epoch|item id", microseconds being what PostgreSQL keeps of a time.
/// </summary>
public readonly record struct InboxCursor(DateTimeOffset At, string ItemId)
{
    /// <summary>Longer than any cursor this API gives (item ids are at most a few hundred characters).</summary>
    public const int MaxLength = 1000;

    public string Encode()
    {
        var micros = (At.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{micros.ToString(CultureInfo.InvariantCulture)}|{ItemId}"));
    }

    public static bool TryDecode(string text, out InboxCursor cursor)
    {
        cursor = default;
        if (text.Length > MaxLength || !Base64Url.IsValid(text))
        {
            return false;
        }

        string plain;
        try
        {
            plain = new UTF8Encoding(false, true).GetString(Base64Url.DecodeFromChars(text));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        var bar = plain.IndexOf('|', StringComparison.Ordinal);
        if (bar <= 0 || bar == plain.Length - 1 || plain.Contains('\0', StringComparison.Ordinal)
            || !long.TryParse(plain.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture, out var micros)
            || micros > (DateTimeOffset.MaxValue.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10)
        {
            return false;
        }

        cursor = new InboxCursor(DateTimeOffset.UnixEpoch.AddTicks(micros * 10), plain[(bar + 1)..]);
        return true;
    }
}
