namespace Hotline.ArchitectureTests.Repository;

/// <summary>What a project under modules/ is to the other modules.</summary>
public enum ModuleRole
{
    /// <summary>modules/&lt;Module&gt;/Hotline.&lt;Module&gt;.Contracts: the only face a module shows others.</summary>
    Contracts,

    /// <summary>Any other project inside a module folder (Hotline.Storage too): private to that module.</summary>
    Implementation,

    /// <summary>A project directly under modules/ (Hotline.BuildingBlocks, Hotline.Plugins.Abstractions, Hotline.Kernel).</summary>
    Shared,
}
