using Hotline.ArchitectureTests.Repository;

namespace Hotline.ArchitectureTests.Support;

/// <summary>The real layout in miniature, as a project list only (nothing on disk), for judging single references.</summary>
internal static class FakeLayout
{
    public static RepoProjects Projects { get; } = new(
        Path.Combine(Path.GetTempPath(), "hotline-fake-layout"),
        [
            "modules/Hotline.BuildingBlocks/Hotline.BuildingBlocks.csproj",
            "modules/Hotline.Plugins.Abstractions/Hotline.Plugins.Abstractions.csproj",
            "modules/Hotline.Kernel/Hotline.Kernel.csproj",
            "modules/Storage/Hotline.Storage/Hotline.Storage.csproj",
            "modules/Tickets/Hotline.Tickets.Contracts/Hotline.Tickets.Contracts.csproj",
            "modules/Tickets/Hotline.Tickets/Hotline.Tickets.csproj",
            "modules/Organization/Hotline.Organization.Contracts/Hotline.Organization.Contracts.csproj",
            "modules/Organization/Hotline.Organization/Hotline.Organization.csproj",
            "modules/Attachments/Hotline.Attachments.Contracts/Hotline.Attachments.Contracts.csproj",
            "modules/Attachments/Hotline.Attachments/Hotline.Attachments.csproj",
            "plugins/Categories/Hotline.Plugins.Cleaning/Hotline.Plugins.Cleaning.csproj",
            "host/Hotline.Host/Hotline.Host.csproj",
        ]);
}
