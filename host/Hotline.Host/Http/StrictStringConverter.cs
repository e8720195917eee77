using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hotline.Host.Http;

/// <summary>
/// Every JSON string the API reads must be text PostgreSQL can store: no NUL character and no unpaired
/// UTF-16 surrogate. The serializer adds the path, so the 400 names the field.
/// </summary>
internal sealed class StrictStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"The JSON value could not be converted to {typeof(string)}.");
        }

        string value;
        try
        {
            value = reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw new JsonException("must be valid Unicode text", e);
        }

        return IsStorable(value) ? value : throw new JsonException("must not contain NUL characters or unpaired surrogates");
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public static bool IsStorable(string value) =>
        !value.Contains('\0', StringComparison.Ordinal) && HasNoLoneSurrogate(value);

    private static bool HasNoLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
