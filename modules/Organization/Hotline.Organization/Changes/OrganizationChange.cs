using Hotline.Live.Contracts;

namespace Hotline.Organization.Changes;

/// <summary>
/// The live notices of organisation changes (<see cref="LiveTopic.Organization"/>), told after the change is stored, so
/// open administration pages re-read it. Ids only: the page reads the change through the reader's own access rules.
/// </summary>
public static class OrganizationChange
{
    /// <summary>A person's duty roster changed.</summary>
    public static LiveChange Person(string personId, DateTimeOffset at) => new(LiveTopic.Organization, $"person/{personId}", null, null, personId, at);

    /// <summary>A project's households (its count or its registry) changed.</summary>
    public static LiveChange Project(string projectId, string? branchId, DateTimeOffset at) =>
        new(LiveTopic.Organization, $"project/{projectId}", projectId, branchId, null, at);

    /// <summary>The organisation was imported (branches, projects, people and roles).</summary>
    public static LiveChange Company(DateTimeOffset at) => new(LiveTopic.Organization, "company", null, null, null, at);
}
