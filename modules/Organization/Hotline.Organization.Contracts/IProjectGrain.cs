namespace Hotline.Organization.Contracts;

/// <summary>A project, keyed by its id. Unknown ids answer null rather than inventing a project.</summary>
[Alias("Hotline.Organization.IProjectGrain")]
public interface IProjectGrain : IGrainWithStringKey
{
    [Alias("Define")]
    Task Define(ProjectInfo project);

    [Alias("GetInfo")]
    Task<ProjectInfo?> GetInfo();
}
