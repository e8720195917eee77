namespace Hotline.ArchitectureTests.Repository;

/// <summary>
/// One .csproj of the repository. <see cref="Module"/> is the module folder name (modules/&lt;Module&gt;/...)
/// and is null for projects outside a module folder; <see cref="Role"/> is null outside modules/.
/// </summary>
public sealed record RepoProject(
    string Name,
    string FullPath,
    string RelativePath,
    ProjectArea Area,
    string? Module,
    ModuleRole? Role)
{
    public const string AbstractionsName = "Hotline.Plugins.Abstractions";
    public const string HostName = "Hotline.Host";

    /// <summary>The shared kernel: the only project a Contracts project may reference.</summary>
    public const string KernelName = "Hotline.Kernel";

    public string Directory => System.IO.Path.GetDirectoryName(FullPath)!;

    public bool IsAbstractions => Name == AbstractionsName;

    public bool IsHost => Name == HostName;

    public bool IsKernel => Name == KernelName && Role == ModuleRole.Shared;

    public override string ToString() => $"{Name} ({RelativePath})";
}
