namespace Hotline.ArchitectureTests.MsBuild;

/// <summary>One item (ProjectReference, PackageReference, ...) after property expansion, with the file declaring it.</summary>
public sealed record ProjectItem(
    string ItemType,
    string Include,
    string DeclaredIn,
    IReadOnlyDictionary<string, string> Metadata)
{
    public override string ToString() => $"{ItemType} '{Include}' (declared in {DeclaredIn})";
}
