using System.Text;

namespace Hotline.Organization.Households;

/// <summary>RFC 4180 records: commas, quoted fields with "" for a quote, CRLF or LF line ends. Each record keeps its line number.</summary>
public static class CsvRecords
{
    public static IEnumerable<(int Line, List<string> Fields, bool Unterminated)> Read(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var (line, start, quoted, any) = (1, 1, false, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    (quoted, any) = (true, true);
                    break;
                case ',':
                    fields.Add(field.ToString());
                    (field, any) = (new StringBuilder(), true);
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    if (any || fields[0].Length > 0)
                    {
                        yield return (start, fields, false);
                    }

                    (fields, field, any) = (new List<string>(), new StringBuilder(), false);
                    start = ++line;
                    break;
                default:
                    field.Append(c);
                    any = true;
                    break;
            }
        }

        if (any || field.Length > 0 || quoted)
        {
            fields.Add(field.ToString());
            yield return (start, fields, quoted);
        }
    }
}
