using Hotline.Organization.Contracts;
using Hotline.Security.Contracts.Access;

namespace Hotline.Security.Access;

/// <summary>
/// What one access ask (a single API request, or a page's batch of questions) has looked up so far: the person, read
/// once, and each resource, resolved once per kind and naming (route id and query values). Lives for one ask only, so
/// nothing is stale across requests or live changes.
/// </summary>
internal sealed class AccessBatch(ResourceResolver resolver, IStaffDirectory staff, string personId)
{
    private readonly Dictionary<string, AccessResource> _resources = new(StringComparer.Ordinal);
    private Task<PersonInfo?>? _person;

    public string PersonId => personId;

    public Task<PersonInfo?> Person() => _person ??= staff.GetPerson(personId);

    public async Task<AccessResource> Resource(ResourceKind kind, AccessQuestion question, PersonInfo person)
    {
        var key = Key(kind, question);
        if (!_resources.TryGetValue(key, out var resource))
        {
            resource = await resolver.Resolve(kind, question, person);
            _resources[key] = resource;
        }

        return resource;
    }

    // The parts of a question a resolution reads: the route id and the query values (by name, in any order).
    private static string Key(ResourceKind kind, AccessQuestion question) =>
        $"{kind}\n{question.Id}\n{(question.Query is null ? "" : string.Join("\n", question.Query.OrderBy(q => q.Key, StringComparer.OrdinalIgnoreCase).Select(q => $"{q.Key.ToLowerInvariant()}={q.Value}")))}";
}
