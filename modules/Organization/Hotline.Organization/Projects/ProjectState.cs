using Hotline.Organization.Contracts;

namespace Hotline.Organization.Projects;

[GenerateSerializer]
[Alias("Hotline.Organization.ProjectState")]
public sealed record ProjectState
{
    [Id(0)]
    public ProjectInfo? Project { get; init; }
}
