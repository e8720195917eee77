using System.Text.Json;
using Hotline.Plugins.Abstractions;

namespace Hotline.Plugins.ChatChannel;

/// <summary>
/// The optional <c>images</c>: base64 pictures, each an attachment named <c>image-1.jpg</c>, … with the type its first
/// bytes show (the host checks and decodes every picture like any upload, so an unknown kind is passed on as such).
/// </summary>
internal static class ChatImages
{
    public static (IReadOnlyList<InboundAttachment> Attachments, InboundParse? Refusal) Read(JsonElement root)
    {
        if (!root.TryGetProperty("images", out var images) || images.ValueKind == JsonValueKind.Null)
        {
            return ([], null);
        }

        if (images.ValueKind != JsonValueKind.Array)
        {
            return ([], InboundParse.Refuse("images", "is not a list of base64 pictures"));
        }

        var attachments = new List<InboundAttachment>();
        foreach (var (image, index) in images.EnumerateArray().Select((image, index) => (image, index)))
        {
            byte[] bytes;
            try
            {
                bytes = image.ValueKind == JsonValueKind.String ? Convert.FromBase64String(image.GetString()!) : [];
            }
            catch (FormatException)
            {
                bytes = [];
            }

            if (bytes.Length == 0)
            {
                return ([], InboundParse.Refuse($"images[{index}]", "is not a base64 picture"));
            }

            var (type, extension) = KindOf(bytes);
            attachments.Add(new InboundAttachment($"image-{index + 1}{extension}", type, bytes));
        }

        return (attachments, null);
    }

    private static (string Type, string Extension) KindOf(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xD8, 0xFF, ..] => ("image/jpeg", ".jpg"),
        [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => ("image/png", ".png"),
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => ("image/webp", ".webp"),
        _ => ("application/octet-stream", ".bin"),
    };
}
