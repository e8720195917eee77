using System.Text.Json;
using Hotline.Plugins.Abstractions;

namespace Hotline.Plugins.ChatChannel;

/// <summary>The optional <c>phone</c> an owner shared with the service account: digits with an optional leading '+'.</summary>
internal static class ChatPhone
{
    public static (string? Phone, InboundParse? Refusal) Read(JsonElement root)
    {
        if (!root.TryGetProperty("phone", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return (null, null);
        }

        // Platforms write "138 0013 8000" or "138-0013-8000"; the host normalises the digits further (+86 and the like).
        var phone = value.ValueKind == JsonValueKind.String
            ? value.GetString()!.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal)
            : string.Empty;
        var digits = phone.StartsWith('+') ? phone[1..] : phone;
        return digits.Length is >= 5 and <= 20 && digits.All(char.IsAsciiDigit)
            ? (phone, null)
            : (null, InboundParse.Refuse("phone", "is not a phone number (digits, an optional leading '+')"));
    }
}
