namespace Hotline.ArchitectureTests.Repository;

/// <summary>The top-level folder a project lives in.</summary>
public enum ProjectArea
{
    Module,
    Plugin,
    Host,
    Test,
    Other,
}
