using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hotline.Api.Tests.Fuzz;

/// <summary>
/// Builds a request from valid values, adds harmless noise, then breaks it in one way that every endpoint
/// must refuse. The flaw is applied last, so noise never repairs it; a 2xx answer is therefore a finding.
/// </summary>
public sealed partial class MalformedRequests(ValidValues valid, long maxBodyBytes)
{
    private static readonly JsonSerializerOptions Raw = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public FuzzRequest Next(FuzzEndpoint endpoint, Random random)
    {
        var draft = new Draft(endpoint, random);
        foreach (var slot in endpoint.Route)
        {
            draft.Route[slot.Name] = Uri.EscapeDataString(valid.Route(endpoint, slot, random));
        }

        foreach (var field in endpoint.Query)
        {
            if (valid.Query(field) is { } value && random.Next(3) > 0)
            {
                draft.Query.Add((field.Name, Uri.EscapeDataString(value)));
            }
        }

        foreach (var field in endpoint.BodyFields)
        {
            draft.Json[field.Name] = valid.Body(field, random);
        }

        if (endpoint.Body == BodyKind.Raw)
        {
            draft.Json["households"] = 1200;
        }

        for (var i = random.Next(3); i > 0; i--)
        {
            AddNoise(draft);
        }

        var flaws = Flaws(endpoint).ToArray();
        var flaw = flaws[random.Next(flaws.Length)];
        var description = flaw(draft);
        return draft.Build(description);
    }

    private IEnumerable<Func<Draft, string>> Flaws(FuzzEndpoint e)
    {
        yield return NulInQuery;
        foreach (var _ in e.Route.Where(s => s.GuidConstrained || s.Type == FieldType.Guid))
        {
            yield return NotAGuidInRoute;
            yield return UnknownGuidInRoute;
        }

        if (e.Route.Any(s => !s.GuidConstrained && s.Type == FieldType.Text))
        {
            // No NUL in paths: Kestrel refuses "%00" in the request target itself, with a bare 400 before any middleware.
            yield return UnknownTextInRoute;
        }

        foreach (var _ in e.Query)
        {
            yield return TooLongQueryValue;
            yield return UnreadableQueryValue;
        }

        if (e.Body != BodyKind.None)
        {
            yield return MalformedJson;
            yield return NotJson;
            yield return DeepNesting;
            yield return WrongRootType;
            yield return EmptyBody;
        }

        if (e.Body == BodyKind.Typed)
        {
            yield return TooLargeOrWrongContentType;
            foreach (var _ in e.BodyFields)
            {
                yield return WrongJsonType;
                yield return WrongJsonType;
                yield return UnstorableText;
            }

            if (e.BodyFields.Any(f => f.Type is FieldType.Text or FieldType.TextArray))
            {
                yield return HugeText;
                yield return HugeText;
            }

            if (e.BodyFields.Any(f => f.Type == FieldType.Enum || f.Name is "kind" or "severity"))
            {
                yield return InvalidEnumName;
            }
        }
    }

    private void AddNoise(Draft d)
    {
        var fields = d.Endpoint.BodyFields;
        switch (d.Random.Next(5))
        {
            case 0 when fields.Count > 0:
                var dropped = fields[d.Random.Next(fields.Count)].Name;
                d.Json.Remove(dropped);
                d.Noise.Add($"dropped {dropped}");
                break;
            case 1 when fields.Count > 0:
                var nulled = fields[d.Random.Next(fields.Count)].Name;
                d.Json[nulled] = null;
                d.Noise.Add($"{nulled}=null");
                break;
            case 2 when fields.Any(f => f.Type == FieldType.Text):
                var text = fields.Where(f => f.Type == FieldType.Text).ElementAt(d.Random.Next(fields.Count(f => f.Type == FieldType.Text))).Name;
                var value = NastyText.Pick(d.Random, NastyText.Storable);
                d.Json[text] = value;
                d.Noise.Add($"{text}={JsonSerializer.Serialize(value)}");
                break;
            case 3:
                d.Json["unexpected" + d.Random.Next(100)] = NastyText.Pick(d.Random, NastyText.Storable);
                d.Noise.Add("unknown property");
                break;
            default:
                d.Query.Add(("junk", Uri.EscapeDataString(NastyText.Pick(d.Random, NastyText.Storable))));
                d.Noise.Add("unknown query parameter");
                break;
        }
    }

    /// <summary>The request as it is being built: route values and query already percent-encoded, the body as a JSON object.</summary>
    private sealed class Draft(FuzzEndpoint endpoint, Random random)
    {
        public FuzzEndpoint Endpoint { get; } = endpoint;

        public Random Random { get; } = random;

        public Dictionary<string, string> Route { get; } = new(StringComparer.OrdinalIgnoreCase);

        public List<(string Name, string Value)> Query { get; } = [];

        public JsonObject Json { get; } = [];

        public List<string> Noise { get; } = [];

        /// <summary>Set by a flaw that replaces the body wholesale.</summary>
        public byte[]? Body { get; set; }

        public string? ContentType { get; set; } = "application/json";

        public FuzzRequest Build(string flaw)
        {
            var path = RoutePattern().Replace(Endpoint.Pattern, m => Route.TryGetValue(m.Groups["name"].Value, out var v) ? v : "x");
            var url = Query.Count == 0 ? path : path + "?" + string.Join("&", Query.Select(q => $"{Uri.EscapeDataString(q.Name)}={q.Value}"));
            if (Endpoint.Body == BodyKind.None)
            {
                return new FuzzRequest(Endpoint, Endpoint.Method, url, null, null, flaw, Noise);
            }

            var body = Body ?? Encoding.UTF8.GetBytes(Json.ToJsonString(Random.Next(2) == 0 ? Raw : null)
                .Replace(LoneSurrogateMarker, "\\ud800", StringComparison.Ordinal));
            return new FuzzRequest(Endpoint, Endpoint.Method, url, body, ContentType, flaw, Noise);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\**(?<name>[^}:=?]+)[^}]*\}")]
    private static partial System.Text.RegularExpressions.Regex RoutePattern();
}
