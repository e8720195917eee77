using System.Globalization;
using System.Text.Json;
using Hotline.Plugins.Abstractions;

namespace Hotline.Plugins.SmsGateway;

/// <summary>
/// The gateway's inbound JSON: <c>{"messageId","from","text","sentAt","inReplyTo"?}</c> for an owner's SMS (sentAt an
/// ISO 8601 time with its offset), or <c>{"type":"receipt",…}</c> for a delivery receipt, which is ignored. A missing or
/// bad field is refused naming it; the refusal never repeats the value (it may be a phone number).
/// </summary>
public static class GmSmsMessageParser
{
    public const int MaxMessageIdLength = 200;
    public const int MaxTextLength = 4000;

    public static InboundParse Parse(ReadOnlySpan<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray(), new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException)
        {
            return InboundParse.Refuse("body", "is not JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return InboundParse.Refuse("body", "must be a JSON object");
            }

            if (root.TryGetProperty("type", out var type))
            {
                if (type.ValueKind != JsonValueKind.String || type.GetString() is not ("receipt" or "message"))
                {
                    return InboundParse.Refuse("type", "must be \"message\" or \"receipt\"");
                }

                if (type.GetString() == "receipt")
                {
                    return InboundParse.Ignore("a delivery receipt");
                }
            }

            return Message(root);
        }
    }

    private static InboundParse Message(JsonElement root)
    {
        if (Text(root, "messageId") is not { Length: > 0 and <= MaxMessageIdLength } messageId || messageId.Any(char.IsControl))
        {
            return InboundParse.Refuse("messageId", $"is required: the gateway's id of the message, 1-{MaxMessageIdLength} characters");
        }

        if (Text(root, "from") is not { } from || !IsPhone(from))
        {
            return InboundParse.Refuse("from", "is required: the sender's phone number, 5-20 digits with an optional leading '+'");
        }

        if (Text(root, "text") is not { } text || string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength || text.Contains('\0'))
        {
            return InboundParse.Refuse("text", $"is required: the message, 1-{MaxTextLength} characters");
        }

        if (Text(root, "sentAt") is not { } sentText
            || !DateTimeOffset.TryParse(sentText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var sentAt)
            || !sentText.Contains('T', StringComparison.Ordinal))
        {
            return InboundParse.Refuse("sentAt", "is required: an ISO 8601 time with its offset, e.g. 2026-12-05T09:30:00+08:00");
        }

        string? inReplyTo = null;
        if (root.TryGetProperty("inReplyTo", out var reply) && reply.ValueKind != JsonValueKind.Null)
        {
            if (reply.ValueKind != JsonValueKind.String || reply.GetString() is not { Length: > 0 and <= MaxMessageIdLength } replyTo)
            {
                return InboundParse.Refuse("inReplyTo", $"must be the id of the message answered, 1-{MaxMessageIdLength} characters");
            }

            inReplyTo = replyTo;
        }

        return InboundParse.Of(new InboundMessage(messageId, new OwnerAddress(from.Trim()), text.Trim(), sentAt) { InReplyTo = inReplyTo });
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool IsPhone(string value)
    {
        var compact = string.Concat(value.Trim().Where(c => c is not (' ' or '-')));
        var digits = compact.StartsWith('+') ? compact[1..] : compact;
        return digits.Length is >= 5 and <= 20 && digits.All(char.IsAsciiDigit);
    }
}
