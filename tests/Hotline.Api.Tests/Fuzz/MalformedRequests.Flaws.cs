using System.Text;
using System.Text.Json.Nodes;

namespace Hotline.Api.Tests.Fuzz;

/// <summary>The flaws: each returns what it did, for the failure report.</summary>
public sealed partial class MalformedRequests
{
    public const string LoneSurrogateMarker = "LONE_SURROGATE_MARKER";
    private const int HugeLength = 100_000;

    private static string NulInQuery(Draft d)
    {
        var name = d.Endpoint.Query.Count > 0 && d.Random.Next(2) == 0 ? d.Endpoint.Query[d.Random.Next(d.Endpoint.Query.Count)].Name : "junk";
        d.Query.RemoveAll(q => q.Name == name);
        d.Query.Add((name, d.Random.Next(2) == 0 ? "%00" : "a%00b"));
        return $"NUL in query {name}";
    }

    private static string NotAGuidInRoute(Draft d)
    {
        var slot = Pick(d, d.Endpoint.Route.Where(s => s.GuidConstrained || s.Type == FieldType.Guid));
        var value = NastyText.Pick(d.Random, NastyText.NotGuidSegments);
        d.Route[slot.Name] = value;
        return $"route {slot.Name}={Short(value)} is not a GUID";
    }

    private static string UnknownGuidInRoute(Draft d)
    {
        var slot = Pick(d, d.Endpoint.Route.Where(s => s.GuidConstrained || s.Type == FieldType.Guid));
        d.Route[slot.Name] = Guid.NewGuid().ToString();
        return $"route {slot.Name} names nothing that exists";
    }

    private static string UnknownTextInRoute(Draft d)
    {
        var slot = Pick(d, d.Endpoint.Route.Where(s => !s.GuidConstrained && s.Type == FieldType.Text));
        var value = d.Random.Next(4) == 0 ? new string('z', 1500) : NastyText.Pick(d.Random, NastyText.Storable) + d.Random.Next();
        d.Route[slot.Name] = Uri.EscapeDataString(value);
        return $"route {slot.Name}={Short(value)} names nothing that exists";
    }

    private static string TooLongQueryValue(Draft d)
    {
        var field = Pick(d, d.Endpoint.Query);
        d.Query.RemoveAll(q => q.Name == field.Name);
        d.Query.Add((field.Name, new string('q', 5000)));
        return $"query {field.Name} is 5000 characters";
    }

    private static string UnreadableQueryValue(Draft d)
    {
        var field = Pick(d, d.Endpoint.Query);
        string[] values = (field.Name, field.Type) switch
        {
            ("kind" or "severity" or "status", _) or (_, FieldType.Enum) => ["NotAValue", "Complaint%2CRepair", "3", "%EF%BC%A3omplaint"],
            ("from" or "to", _) or (_, FieldType.DateTime) => ["yesterday", "2026-13-45", "2026-02-30T25:61:00Z", "1e9"],
            ("page" or "pageSize", _) or (_, FieldType.Integer or FieldType.Number) => ["0", "-5", "abc", "1.5", "99999999999999999999", "%EF%BC%91"],
            ("breached", _) or (_, FieldType.Boolean) => ["maybe", "yes", "2"],
            ("month", _) => ["2026-13", "11%2F2026", "2026-1", "0000-00"],
            (_, FieldType.Guid) => ["not-a-guid", "123"],
            _ => [new string('u', 5000)],
        };
        var value = values[d.Random.Next(values.Length)];
        d.Query.RemoveAll(q => q.Name == field.Name);
        d.Query.Add((field.Name, value));
        return $"query {field.Name}={Short(value)} cannot be read";
    }

    private static string MalformedJson(Draft d)
    {
        var json = d.Json.ToJsonString();
        string broken;
        switch (d.Random.Next(5))
        {
            case 0:
                broken = json[..d.Random.Next(1, Math.Max(2, json.Length - 1))];
                break;
            case 1:
                broken = json + "}";
                break;
            case 2:
                broken = json.Replace('"', '\'');
                break;
            case 3:
                broken = json.Length > 2 ? json[..^1] + ",}" : "{,}";
                break;
            default:
                broken = "{\"a\":}";
                break;
        }

        d.Body = Encoding.UTF8.GetBytes(broken);
        return $"malformed JSON {Short(broken)}";
    }

    private static string NotJson(Draft d)
    {
        d.Body = d.Random.Next(6) switch
        {
            0 => Encoding.UTF8.GetBytes("hello"),
            1 => Encoding.UTF8.GetBytes("<ticket><kind>Complaint</kind></ticket>"),
            2 => Encoding.UTF8.GetBytes("kind=Complaint&text=x"),
            3 => Encoding.UTF8.GetBytes("NaN"),
            4 => [0xC3, 0x28, 0xA0, 0xA1, 0xFF, 0xFE],
            _ => [0x00, 0x01, 0x02, 0x7B],
        };
        return "a body that is not JSON";
    }

    private static string DeepNesting(Draft d)
    {
        const int depth = 1000;
        var nested = d.Random.Next(2) == 0
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
        var field = d.Endpoint.BodyFields.Count > 0 && d.Random.Next(2) == 0 ? d.Endpoint.BodyFields[d.Random.Next(d.Endpoint.BodyFields.Count)].Name : null;
        d.Body = Encoding.UTF8.GetBytes(field is null ? nested : $"{{\"{field}\":{nested}}}");
        return $"JSON nested {depth} deep{(field is null ? "" : $" in {field}")}";
    }

    private static string WrongRootType(Draft d)
    {
        string[] roots = ["[]", "\"text\"", "42", "true", "null", "[{}]"];
        var root = roots[d.Random.Next(roots.Length)];
        d.Body = Encoding.UTF8.GetBytes(root);
        return $"body is {root}, not an object";
    }

    private static string EmptyBody(Draft d)
    {
        d.Body = d.Random.Next(3) == 0 ? Encoding.UTF8.GetBytes("   ") : [];
        return "empty body";
    }

    private string TooLargeOrWrongContentType(Draft d) => d.Random.Next(10) == 0 ? TooLarge(d) : WrongContentType(d);

    private string TooLarge(Draft d)
    {
        d.Body = Encoding.UTF8.GetBytes($"{{\"text\":\"{new string('a', (int)maxBodyBytes + 1)}\"}}");
        return "body larger than the limit";
    }

    private static string WrongContentType(Draft d)
    {
        string?[] types = ["text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "image/png", null];
        d.ContentType = types[d.Random.Next(types.Length)];
        return $"content type {d.ContentType ?? "(none)"}";
    }

    private static string WrongJsonType(Draft d)
    {
        var field = Pick(d, d.Endpoint.BodyFields);
        JsonNode?[] wrong = field.Type switch
        {
            FieldType.Text => [42, true, new JsonObject(), new JsonArray("x"), 1.5],
            FieldType.Integer => ["abc", 1.5, true, JsonNode.Parse("1e40"), new JsonObject(), new JsonArray(1)],
            FieldType.Number => ["abc", true, new JsonArray()],
            FieldType.Boolean => ["yes", 1, new JsonObject()],
            FieldType.DateTime => ["tomorrow", 12345, true, "2026-13-45T99:00:00"],
            FieldType.Guid => ["xyz", 5, new JsonObject()],
            FieldType.TextArray => ["x", 5, new JsonObject { ["a"] = 1 }, new JsonArray(1, 2), new JsonArray(new JsonArray("x"))],
            FieldType.Enum => ["NotAName", true, new JsonObject()],
            _ => ["x", 5, new JsonArray()],
        };
        var value = wrong[d.Random.Next(wrong.Length)];
        d.Json[field.Name] = value;
        return $"{field.Name} ({field.Type}) = {Short(value?.ToJsonString() ?? "null")}";
    }

    private static string UnstorableText(Draft d)
    {
        var field = Pick(d, d.Endpoint.BodyFields);
        if (field.Type is not (FieldType.Text or FieldType.TextArray))
        {
            return WrongJsonType(d);
        }

        var value = d.Random.Next(2) == 0 ? NastyText.Pick(d.Random, NastyText.WithNul) : "x" + LoneSurrogateMarker;
        d.Json[field.Name] = field.Type == FieldType.Text ? value : new JsonArray(value);
        return $"{field.Name} holds {(value.Contains('\0') ? "NUL" : "a lone surrogate")}";
    }

    private static string HugeText(Draft d)
    {
        var field = Pick(d, d.Endpoint.BodyFields.Where(f => f.Type is FieldType.Text or FieldType.TextArray));
        var value = NastyText.Huge(d.Random, HugeLength);
        d.Json[field.Name] = field.Type == FieldType.Text ? value : new JsonArray(value);
        return $"{field.Name} is {HugeLength} characters";
    }

    private static string InvalidEnumName(Draft d)
    {
        var field = Pick(d, d.Endpoint.BodyFields.Where(f => f.Type == FieldType.Enum || f.Name is "kind" or "severity"));
        string[] names = ["NotAValue", "Complaint,Repair", "", " ", "Ｃomplaint", "Complaint\u200B", "General; drop table ticket_list"];
        var value = names[d.Random.Next(names.Length)];
        d.Json[field.Name] = value;
        return $"{field.Name}=\"{value}\" is not a known name";
    }

    private static T Pick<T>(Draft d, IEnumerable<T> items)
    {
        var list = items.ToList();
        return list[d.Random.Next(list.Count)];
    }

    private static string Short(string value) => value.Length <= 60 ? value : $"{value[..60]}…({value.Length})";
}
