using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Hotline.ArchitectureTests.Metadata;

/// <summary>The names of the assemblies a built assembly references, read from its metadata without loading it.</summary>
public static class AssemblyReferences
{
    public static IReadOnlyList<string> Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences
            .Select(handle => reader.GetString(reader.GetAssemblyReference(handle).Name))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
