using System.Collections.Immutable;
using Hotline.Organization.Contracts;
using Hotline.Organization.Issues;

namespace Hotline.Organization.Projects;

[GenerateSerializer]
[Alias("Hotline.Organization.ProjectState")]
public sealed record ProjectState
{
    [Id(0)]
    public ProjectInfo? Project { get; init; }

    /// <summary>Same-issue windows by issue key (A11.3.3, A11.1.1).</summary>
    [Id(1)]
    public ImmutableDictionary<string, IssueWindow> Issues { get; init; } = ImmutableDictionary<string, IssueWindow>.Empty;
}
