using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace Hotline.Reporting.Frozen;

/// <summary>
/// The one canonical form every frozen report (weekly summary, monthly bulletin, weekly analysis) is stored in: compact
/// JSON, camelCase names in the records' declaration order, enums by name, Chinese kept as is. Its SHA-256 (lowercase
/// hex of the UTF-8 bytes) is what a signature or a release binds to. A stored hash is always checked against the stored
/// text (<see cref="Sha256"/> of it), never against a re-serialization, so text frozen under older options still verifies.
/// </summary>
public static class FrozenJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Reads stored text back; enums stored as numbers (older text) read too.</summary>
    public static T Deserialize<T>(string content) =>
        JsonSerializer.Deserialize<T>(content, Options) ?? throw new InvalidDataException($"a stored {typeof(T).Name} reads as null");

    /// <summary>The same object text with one top-level string property set (null or blank: null); the other members keep their order.</summary>
    public static string With(string content, string property, string? value)
    {
        var node = JsonNode.Parse(content)!.AsObject();
        node[property] = string.IsNullOrWhiteSpace(value) ? null : value;
        return node.ToJsonString(Options);
    }

    public static string Sha256(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
