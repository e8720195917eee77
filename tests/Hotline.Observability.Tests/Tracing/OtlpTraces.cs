namespace Hotline.Observability.Tests.Tracing;

/// <summary>
/// Reads an OTLP <c>ExportTraceServiceRequest</c> (protobuf, opentelemetry/proto/trace/v1/trace.proto): resource spans (1)
/// → scope spans (2) → the scope's name (1.1) and spans (2). Of a span: trace id (1), span id (2), parent (4), name (5),
/// kind (6), attributes (9, key 1 and a value whose string (1), bool (2) or int (3) is kept). Everything else is skipped
/// by its wire type, so fields added to the protocol later do no harm.
/// </summary>
public static class OtlpTraces
{
    public static List<ExportedSpan> Parse(byte[] body)
    {
        var spans = new List<ExportedSpan>();
        foreach (var resource in Fields(body).Where(f => f.Number == 1))
        {
            foreach (var scopeSpans in Fields(resource.Bytes!).Where(f => f.Number == 2))
            {
                var fields = Fields(scopeSpans.Bytes!);
                var scope = fields.Where(f => f.Number == 1).Select(f => Text(Fields(f.Bytes!), 1)).FirstOrDefault() ?? "";
                spans.AddRange(fields.Where(f => f.Number == 2).Select(f => Span(f.Bytes!, scope)));
            }
        }

        return spans;
    }

    private static ExportedSpan Span(byte[] bytes, string scope)
    {
        var fields = Fields(bytes);
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in fields.Where(f => f.Number == 9).Select(f => Fields(f.Bytes!)))
        {
            var value = attribute.Where(f => f.Number == 2).Select(f => Fields(f.Bytes!)).FirstOrDefault() ?? [];
            attributes[Text(attribute, 1) ?? ""] = value.FirstOrDefault() switch
            {
                { Number: 1, Bytes: { } text } => System.Text.Encoding.UTF8.GetString(text),
                { Number: 2, Varint: var flag } => flag != 0 ? "true" : "false",
                { Number: 3, Varint: var number } => ((long)number).ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => "",
            };
        }

        return new ExportedSpan(Hex(fields, 1), Hex(fields, 2), Hex(fields, 4), Text(fields, 5) ?? "",
            (int)(fields.FirstOrDefault(f => f.Number == 6)?.Varint ?? 0), scope, attributes);
    }

    private static string Hex(List<Field> fields, int number) =>
        fields.FirstOrDefault(f => f.Number == number)?.Bytes is { Length: > 0 } id ? Convert.ToHexStringLower(id) : "";

    private static string? Text(List<Field> fields, int number) =>
        fields.FirstOrDefault(f => f.Number == number)?.Bytes is { } text ? System.Text.Encoding.UTF8.GetString(text) : null;

    private sealed record Field(int Number, ulong Varint, byte[]? Bytes);

    private static List<Field> Fields(byte[] bytes)
    {
        var fields = new List<Field>();
        var at = 0;
        while (at < bytes.Length)
        {
            var tag = Varint(bytes, ref at);
            var (number, wire) = ((int)(tag >> 3), (int)(tag & 7));
            switch (wire)
            {
                case 0:
                    fields.Add(new Field(number, Varint(bytes, ref at), null));
                    break;
                case 1:
                    at += 8;
                    break;
                case 2:
                    var length = (int)Varint(bytes, ref at);
                    fields.Add(new Field(number, 0, bytes[at..(at + length)]));
                    at += length;
                    break;
                case 5:
                    at += 4;
                    break;
                default:
                    throw new FormatException($"wire type {wire} at byte {at}: not an OTLP message");
            }
        }

        return fields;
    }

    private static ulong Varint(byte[] bytes, ref int at)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[at++];
            value |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }
}
