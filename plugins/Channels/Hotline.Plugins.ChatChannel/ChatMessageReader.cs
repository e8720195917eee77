using System.Text.Json;
using Hotline.Plugins.Abstractions;

namespace Hotline.Plugins.ChatChannel;

/// <summary>
/// Reads the platform's push: <c>{"msgId","openId","content","createTime","images"?,"phone"?}</c> is an owner's message
/// (<c>createTime</c> in Unix seconds, <c>images</c> base64 pictures, <c>phone</c> the number the owner shared); a push
/// with <c>event</c> (follow, unfollow, menu click) carries none and is ignored. A missing or wrong field is refused by
/// its name. Pure: the same body gives the same answer.
/// </summary>
internal static class ChatMessageReader
{
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false, MaxDepth = 8 };

    public static InboundParse Read(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, Strict);
        }
        catch (JsonException)
        {
            return InboundParse.Refuse("body", "is not valid JSON (or names a field twice)");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return InboundParse.Refuse("body", "is not a JSON object");
            }

            return root.TryGetProperty("event", out _)
                ? InboundParse.Ignore("an event push (follow, menu click) carries no message")
                : ReadMessage(root);
        }
    }

    private static InboundParse ReadMessage(JsonElement root)
    {
        if (RequiredString(root, "msgId") is not { } messageId)
        {
            return Missing("msgId");
        }

        if (RequiredString(root, "openId") is not { } openId)
        {
            return Missing("openId");
        }

        if (!root.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.String)
        {
            return Missing("content");
        }

        // Unix seconds up to 9999-12-31, the last time DateTimeOffset holds.
        if (!root.TryGetProperty("createTime", out var created) || created.ValueKind != JsonValueKind.Number
            || !created.TryGetInt64(out var seconds) || seconds is < 0 or > 253402300799)
        {
            return InboundParse.Refuse("createTime", "is required: the message's time in Unix seconds");
        }

        var phone = ChatPhone.Read(root);
        if (phone.Refusal is { } phoneRefusal)
        {
            return phoneRefusal;
        }

        var images = ChatImages.Read(root);
        if (images.Refusal is { } imageRefusal)
        {
            return imageRefusal;
        }

        var text = content.GetString()!.Trim();
        if (text.Length == 0 && images.Attachments.Count == 0)
        {
            return InboundParse.Refuse("content", "is empty and no image came with it");
        }

        var sender = new OwnerAddress(phone.Phone, openId);
        return InboundParse.Of(new InboundMessage(messageId, sender, text, DateTimeOffset.FromUnixTimeSeconds(seconds))
        {
            Attachments = images.Attachments,
        });
    }

    private static string? RequiredString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;

    private static InboundParse Missing(string field) => InboundParse.Refuse(field, "is required: a non-empty string");
}
