namespace Hotline.ArchitectureTests.Support;

/// <summary>
/// A miniature of the real layout in a <see cref="TempTree"/>: two modules with Contracts, a shared project, the kernel,
/// the plugin abstractions, a storage module, a host and a plugins/Directory.Build.props that, like the real
/// one, hands every plugin its references. Counter-example tests add the offending project on top.
/// </summary>
internal static class FakeRepository
{
    public const string EmptyProject = "<Project Sdk=\"Microsoft.NET.Sdk\" />";

    public static TempTree Create()
    {
        var tree = new TempTree();
        tree.Write("Hotline.sln", string.Empty);
        tree.Write("Directory.Build.props", "<Project><PropertyGroup><Nullable>enable</Nullable></PropertyGroup></Project>");
        tree.Write("modules/Hotline.BuildingBlocks/Hotline.BuildingBlocks.csproj", EmptyProject);
        tree.Write("modules/Hotline.Plugins.Abstractions/Hotline.Plugins.Abstractions.csproj", EmptyProject);
        tree.Write("modules/Hotline.Kernel/Hotline.Kernel.csproj", EmptyProject);
        tree.Write("modules/Storage/Hotline.Storage/Hotline.Storage.csproj", EmptyProject);
        tree.Write("modules/Tickets/Hotline.Tickets.Contracts/Hotline.Tickets.Contracts.csproj", EmptyProject);
        tree.Write("modules/Organization/Hotline.Organization.Contracts/Hotline.Organization.Contracts.csproj", EmptyProject);
        tree.Write("modules/Organization/Hotline.Organization/Hotline.Organization.csproj", EmptyProject);
        tree.Write("host/Hotline.Host/Hotline.Host.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />");
        tree.Write("plugins/Directory.Build.props", """
            <Project>
              <Import Project="$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)../'))" />
              <PropertyGroup>
                <HotlineRepoRoot>$([System.IO.Path]::GetFullPath('$(MSBuildThisFileDirectory)../'))</HotlineRepoRoot>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="$(HotlineRepoRoot)modules/Hotline.Plugins.Abstractions/Hotline.Plugins.Abstractions.csproj" Private="false" />
                <PackageReference Include="Microsoft.Extensions.DependencyInjection.Abstractions" ExcludeAssets="runtime" />
              </ItemGroup>
            </Project>
            """);
        return tree;
    }

    public static string Project(string items, string sdk = "Microsoft.NET.Sdk") =>
        $"<Project Sdk=\"{sdk}\"><ItemGroup>{items}</ItemGroup></Project>";
}
