using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using static System.Net.WebUtility;

namespace Hotline.Host.OpenApi;

/// <summary>
/// The API reference for people: plain HTML rendered on the server from the OpenAPI document, grouped by tag,
/// with each operation's parameters, body and answers. No script and nothing fetched from elsewhere, so its
/// content security policy allows only its own inline style.
/// </summary>
internal static class ApiReferencePage
{
    private const string Style = "body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1d232a}"
        + "section{border:1px solid #d5dbe1;border-radius:6px;margin:.8rem 0;padding:.4rem .9rem}h3{margin:.3rem 0;font-size:1rem}"
        + "table{border-collapse:collapse;margin:.3rem 0 .6rem}td,th{border-bottom:1px solid #e3e7eb;padding:.15rem .8rem .15rem 0;text-align:left;vertical-align:top}"
        + ".m{display:inline-block;min-width:3.6rem;font-weight:700}.GET{color:#1f6f43}.POST{color:#2456a6}.PUT{color:#8a5a00}.DELETE{color:#a32020}";

    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)))}'; frame-ancestors 'none'";

    public static string Render(string documentJson)
    {
        using var json = JsonDocument.Parse(documentJson);
        var root = json.RootElement;
        var info = root.GetProperty("info");
        var operations = (from path in root.GetProperty("paths").EnumerateObject()
                          from op in path.Value.EnumerateObject()
                          let tag = op.Value.TryGetProperty("tags", out var tags) && tags.GetArrayLength() > 0 ? tags[0].GetString()! : "Other"
                          orderby tag, path.Name, op.Name
                          select (Tag: tag, Path: path.Name, Method: op.Name.ToUpperInvariant(), Operation: op.Value)).ToList();

        var html = new StringBuilder();
        html.Append($"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{HtmlEncode(Text(info, "title"))} reference</title>");
        html.Append($"<style>{Style}</style></head><body><h1>{HtmlEncode(Text(info, "title"))}</h1><p>{HtmlEncode(Text(info, "description"))}</p>");
        html.Append($"<p>The machine-readable document: <a href=\"{ApiDocument.DocumentPath}\">{ApiDocument.DocumentPath}</a>. {operations.Count} operations.</p><ul>");
        foreach (var tag in operations.Select(o => o.Tag).Distinct())
        {
            html.Append($"<li><a href=\"#{Anchor(tag)}\">{HtmlEncode(tag)}</a></li>");
        }

        html.Append("</ul>");
        foreach (var group in operations.GroupBy(o => o.Tag))
        {
            html.Append($"<h2 id=\"{Anchor(group.Key)}\">{HtmlEncode(group.Key)}</h2>");
            foreach (var (_, path, method, operation) in group)
            {
                html.Append($"<section><h3><span class=\"m {method}\">{method}</span> <code>{HtmlEncode(path)}</code></h3>");
                if (Text(operation, "summary") is { Length: > 0 } summary)
                {
                    html.Append($"<p>{HtmlEncode(summary)}</p>");
                }

                Parameters(html, operation);
                if (operation.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content))
                {
                    html.Append($"<p>Body: {Contents(content)}</p>");
                }

                html.Append("<table><tr><th>answer</th><th>meaning</th><th>content</th></tr>");
                foreach (var response in operation.GetProperty("responses").EnumerateObject())
                {
                    var media = response.Value.TryGetProperty("content", out var c) ? Contents(c) : "";
                    html.Append($"<tr><td>{HtmlEncode(response.Name)}</td><td>{HtmlEncode(Text(response.Value, "description"))}</td><td>{media}</td></tr>");
                }

                html.Append("</table></section>");
            }
        }

        return html.Append("</body></html>").ToString();
    }

    private static void Parameters(StringBuilder html, JsonElement operation)
    {
        if (!operation.TryGetProperty("parameters", out var parameters) || parameters.GetArrayLength() == 0)
        {
            return;
        }

        html.Append("<table><tr><th>parameter</th><th>in</th><th>type</th><th>required</th></tr>");
        foreach (var p in parameters.EnumerateArray())
        {
            var type = p.TryGetProperty("schema", out var schema) ? SchemaName(schema) : "";
            var required = p.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True ? "yes" : "no";
            html.Append($"<tr><td><code>{HtmlEncode(Text(p, "name"))}</code></td><td>{HtmlEncode(Text(p, "in"))}</td><td>{HtmlEncode(type)}</td><td>{required}</td></tr>");
        }

        html.Append("</table>");
    }

    private static string Contents(JsonElement content) => string.Join(", ", content.EnumerateObject().Select(media =>
        HtmlEncode(media.Name) + (media.Value.TryGetProperty("schema", out var schema) ? $" (<code>{HtmlEncode(SchemaName(schema))}</code>)" : "")));

    /// <summary>A component's name, an array's item, or the JSON type(s).</summary>
    private static string SchemaName(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference) ? reference.GetString()![(reference.GetString()!.LastIndexOf('/') + 1)..]
        : schema.TryGetProperty("items", out var items) ? $"array of {SchemaName(items)}"
        : schema.TryGetProperty("type", out var type) ? (type.ValueKind == JsonValueKind.Array ? string.Join(" | ", type.EnumerateArray().Select(t => t.GetString())) : type.GetString()!)
          + (schema.TryGetProperty("format", out var format) ? $" ({format.GetString()})" : "")
        : "object";

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    private static string Anchor(string tag) => "tag-" + string.Concat(tag.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-'));
}
