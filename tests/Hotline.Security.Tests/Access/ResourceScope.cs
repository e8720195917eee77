namespace Hotline.Security.Tests.Access;

/// <summary>Where the resource an endpoint touches sits: in a project (and its branch), a branch, or the whole company.</summary>
public enum ResourceScope
{
    Company,
    Branch,
    Project,
}
