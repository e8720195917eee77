namespace Hotline.Api.Tests.Fuzz;

/// <summary>One method of one route, with every input a request can get wrong.</summary>
public sealed record FuzzEndpoint(
    string Method,
    string Pattern,
    IReadOnlyList<RouteSlot> Route,
    IReadOnlyList<FuzzField> Query,
    BodyKind Body,
    IReadOnlyList<FuzzField> BodyFields)
{
    public override string ToString() => $"{Method} {Pattern}";
}
