using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Hotline.Reporting.WeeklySummaries;

/// <summary>
/// The one way a summary's content becomes text: camelCase in declaration order, enums by name, no whitespace, Chinese
/// kept as is. The SHA-256 (lowercase hex) of its UTF-8 bytes is what a signature binds to.
/// </summary>
public static class CanonicalJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Of(WeeklySummaryContent content) => JsonSerializer.SerializeToNode(content, Options)!.ToJsonString(Options);

    /// <summary>The same content with other remarks (null or blank: none); every other byte stays as it was.</summary>
    public static string WithRemarks(string content, string? remarks)
    {
        var node = JsonNode.Parse(content)!.AsObject();
        node["remarks"] = string.IsNullOrWhiteSpace(remarks) ? null : remarks;
        return node.ToJsonString(Options);
    }

    public static string Sha256(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
