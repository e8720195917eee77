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

    /// <summary>What a plugin may use besides the contract; shared with the host like the abstractions.</summary>
    public const string KitName = "Hotline.Plugins.Kit";
    public const string HostName = "Hotline.Host";

    /// <summary>The shared kernel: the only project a Contracts project may reference.</summary>
    public const string KernelName = "Hotline.Kernel";

    public string Directory => System.IO.Path.GetDirectoryName(FullPath)!;

    public bool IsAbstractions => Name == AbstractionsName;

    public bool IsKit => Name == KitName;

    /// <summary>The two projects a plugin may reference (both loaded once, by the host).</summary>
    public bool IsPluginShared => IsAbstractions || IsKit;

    public bool IsHost => Name == HostName;

    public bool IsKernel => Name == KernelName && Role == ModuleRole.Shared;

    public override string ToString() => $"{Name} ({RelativePath})";
}
