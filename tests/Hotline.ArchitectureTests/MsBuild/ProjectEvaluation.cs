using System.Xml.Linq;

namespace Hotline.ArchitectureTests.MsBuild;

/// <summary>
/// The state of one read: properties in import order (last definition wins, as in MSBuild's first pass),
/// items collected and expanded at the end with the final properties (as in its second pass).
/// </summary>
internal sealed class ProjectEvaluation(string projectPath)
{
    private readonly Dictionary<string, string> properties = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(XElement Element, string File)> rawItems = [];
    private readonly List<string> files = [];
    private readonly List<string> problems = [];
    private string? sdk;

    public string ProjectPath { get; } = projectPath;

    public void ImportImplicit(string? file)
    {
        if (file is not null)
        {
            Load(Path.GetFullPath(file));
        }
    }

    public MsBuildProject Finish()
    {
        var items = rawItems.SelectMany(raw => Expand(raw.Element, raw.File)).ToList();
        return new MsBuildProject(ProjectPath, sdk, files, properties, items, problems);
    }

    private void Load(string file)
    {
        if (files.Contains(file))
        {
            return;
        }

        files.Add(file);
        var root = XDocument.Load(file).Root!;
        if (file == ProjectPath)
        {
            sdk = root.Attribute("Sdk")?.Value;
        }

        Walk(root.Elements(), file);
    }

    private void Walk(IEnumerable<XElement> elements, string file)
    {
        foreach (var element in elements)
        {
            switch (element.Name.LocalName)
            {
                case "PropertyGroup":
                    foreach (var property in element.Elements())
                    {
                        properties[property.Name.LocalName] = ExpandText(property.Value, file);
                    }

                    break;
                case "ItemGroup":
                    rawItems.AddRange(element.Elements().Select(item => (item, file)));
                    break;
                case "Import":
                    Import(element, file);
                    break;
                case "ImportGroup" or "Choose" or "When" or "Otherwise":
                    Walk(element.Elements(), file);
                    break;
                case "Sdk":
                    sdk ??= element.Attribute("Name")?.Value;
                    break;
            }
        }
    }

    private void Import(XElement import, string file)
    {
        if (import.Attribute("Sdk") is not null)
        {
            return;
        }

        var written = import.Attribute("Project")?.Value ?? string.Empty;
        var target = ExpandText(written, file);
        if (target.Length == 0 || target.Contains("$(", StringComparison.Ordinal))
        {
            problems.Add($"cannot resolve <Import Project=\"{written}\"> in {file}");
            return;
        }

        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, target.Replace('\\', '/')));
        IReadOnlyList<string> targets = FileGlob.HasWildcard(full) ? FileGlob.Expand(full) : [full];
        foreach (var path in targets)
        {
            if (File.Exists(path))
            {
                Load(path);
            }
            else if (import.Attribute("Condition") is null)
            {
                problems.Add($"imported file {path} (from {file}) does not exist");
            }
        }
    }

    private IEnumerable<ProjectItem> Expand(XElement item, string file)
    {
        var include = item.Attribute("Include")?.Value;
        if (include is null)
        {
            yield break; // Update and Remove add no reference.
        }

        var metadata = item.Attributes()
            .Where(a => a.Name.LocalName is not ("Include" or "Exclude" or "Condition"))
            .Select(a => (a.Name.LocalName, a.Value))
            .Concat(item.Elements().Select(e => (e.Name.LocalName, e.Value)))
            .ToDictionary(m => m.Item1, m => ExpandText(m.Item2, file), StringComparer.OrdinalIgnoreCase);
        foreach (var spec in ExpandText(include, file).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return new ProjectItem(item.Name.LocalName, spec, file, metadata);
        }
    }

    private string ExpandText(string value, string file) => PropertyExpander.Expand(value, properties, file, ProjectPath);
}
