using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hotline.BuildingBlocks;
using Hotline.Kernel;
using Hotline.Organization.Contracts;
using Microsoft.Extensions.Options;

namespace Hotline.Organization.Seeding;

/// <summary>Reads and checks an organisation file; every problem names the config key and the entry.</summary>
public static class OrganizationFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    public static OrganizationSnapshot Read(string path, string configKey)
    {
        if (!File.Exists(path))
        {
            throw Invalid(configKey, $"file '{path}' does not exist");
        }

        OrganizationSnapshot? snapshot;
        try
        {
            snapshot = JsonSerializer.Deserialize<OrganizationSnapshot>(File.ReadAllText(path), Json);
        }
        catch (JsonException e)
        {
            throw Invalid(configKey, $"'{path}' is not a valid organisation file: {e.Message}");
        }

        var problems = snapshot is null ? ["the file is empty"] : Problems(snapshot).ToList();
        return problems.Count == 0 ? snapshot! : throw Invalid(configKey, $"'{path}': {string.Join("; ", problems)}");
    }

    private static IEnumerable<string> Problems(OrganizationSnapshot org)
    {
        if (string.IsNullOrWhiteSpace(org.CompanyName))
        {
            yield return "companyName is required";
        }

        var projects = org.Branches.SelectMany(b => b.Projects).ToList();
        foreach (var id in org.Branches.Select(b => b.Id).Concat(projects.Select(p => p.Id)).GroupBy(x => x).Where(g => g.Count() > 1))
        {
            yield return $"id '{id.Key}' is used twice";
        }

        foreach (var p in projects.Where(p => p.Households < 0))
        {
            yield return $"project '{p.Id}' has negative households";
        }

        foreach (var p in projects.Where(p => p.MaxOpenPerHandler < 1 || !Enum.IsDefined(p.DispatchMode)))
        {
            yield return $"project '{p.Id}': maxOpenPerHandler must be at least 1 and dispatchMode one of {string.Join(", ", Enum.GetNames<DispatchMode>())}";
        }

        foreach (var b in org.Branches)
        {
            foreach (var p in b.Projects.Where(p => p.BranchId != b.Id))
            {
                yield return $"project '{p.Id}' lies in branch '{b.Id}' but names branch '{p.BranchId}'";
            }
        }

        var scopes = projects.Select(p => (ScopeKind.Project, p.Id)).Concat(org.Branches.Select(b => (ScopeKind.Branch, b.Id))).ToHashSet();
        foreach (var person in org.People)
        {
            foreach (var role in person.Roles.Where(r => r.Scope != ScopeKind.Company && !scopes.Contains((r.Scope, r.ScopeId))))
            {
                yield return $"person '{person.Id}' is {role.Role} of unknown {role.Scope} '{role.ScopeId}'";
            }

            if (!person.Categories.IsEmpty && !person.Roles.Any(r => r.Role == Role.ProjectHandler))
            {
                yield return $"person '{person.Id}' lists categories but is no {Role.ProjectHandler}";
            }

            ImmutableArray<DutyShift> duty = person.Duty.IsDefault ? [] : person.Duty;
            for (var i = 0; i < duty.Length; i++)
            {
                foreach (var problem in duty[i] is { } shift ? DutyRoster.Problems(shift) : ["is empty"])
                {
                    yield return $"person '{person.Id}' duty shift {i + 1}: {problem}";
                }
            }
        }

        // Without them the project's tickets and warnings would reach nobody (A9.2, A9.3).
        foreach (var missing in OrganizationStaffing.Missing(org))
        {
            yield return missing;
        }
    }

    private static OptionsValidationException Invalid(string key, string problem) => StartupProblem.For(key, problem);
}
