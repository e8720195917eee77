using System.Reflection;
using Hotline.BuildingBlocks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hotline.Escalation.Policy;

/// <summary>Reads Hotline:Escalation at start: a misspelt or invalid key stops the start with a line naming it.</summary>
internal static class EscalationConfiguration
{
    public static EscalationOptions Bind(IServiceCollection services, IConfiguration configuration)
    {
        var known = typeof(EscalationOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .Select(p => p.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = configuration.GetSection(EscalationOptions.SectionName).GetChildren()
            .Where(child => !known.Contains(child.Key))
            .Select(child => $"{child.Path}: unknown key (known here: {string.Join(", ", known.Order(StringComparer.Ordinal))})")
            .ToArray();
        if (unknown.Length > 0)
        {
            throw new OptionsValidationException(EscalationOptions.SectionName, typeof(EscalationOptions), unknown);
        }

        return services.BindChecked<EscalationOptions>(configuration, EscalationOptions.SectionName);
    }
}
