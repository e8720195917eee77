using System.Globalization;
using System.Security.Cryptography;
using Hotline.Plugins.Abstractions;

namespace Hotline.Plugins.TestKit;

/// <summary>
/// One line naming everything an <see cref="InboundParse"/> holds (attachments by size and SHA-256), so two answers
/// compare by value: the records' own equality compares attachment bytes by reference.
/// </summary>
public static class InboundParseText
{
    public static string Of(InboundParse parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (parse.Message is { } m)
        {
            var attachments = string.Join(", ", m.Attachments.Select(a =>
                $"{a.FileName} {a.ContentType} {a.Content.Length}B {Convert.ToHexStringLower(SHA256.HashData(a.Content.Span))}"));
            return $"Message(id={m.MessageId}, phone={m.Sender.Phone}, account={m.Sender.AccountId}, name={m.Sender.Name}, " +
                $"text={m.Text}, sentAt={m.SentAt.ToString("O", CultureInfo.InvariantCulture)}, inReplyTo={m.InReplyTo}, attachments=[{attachments}])";
        }

        return parse.Ignored ? $"Ignored({parse.Detail})" : $"Refused({parse.Field}: {parse.Detail})";
    }
}
