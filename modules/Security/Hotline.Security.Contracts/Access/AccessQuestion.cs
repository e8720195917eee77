namespace Hotline.Security.Contracts.Access;

/// <summary>
/// "May this person call this endpoint?", asked without an HTTP request (the console asks before it shows a page or a
/// button): the endpoint as the access table names it ("METHOD /route/pattern"), the command for a command endpoint,
/// the route's <c>id</c>, and the query values the resource is found from (<c>projectId</c>, <c>branchId</c>, <c>scope</c>, <c>personId</c>).
/// </summary>
public sealed record AccessQuestion(string Endpoint, string? Command = null, string? Id = null, IReadOnlyDictionary<string, string>? Query = null)
{
    public string? QueryValue(string name) => Query is not null && Query.TryGetValue(name, out var value) ? value : null;
}
