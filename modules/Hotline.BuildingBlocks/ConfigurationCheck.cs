using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hotline.BuildingBlocks;

/// <summary>
/// Binds an options section eagerly and checks it, so bad configuration stops the start with one
/// line per problem naming the key (e.g. "Hotline:Cluster:SiloPort: ...") instead of a stack trace later.
/// </summary>
public static class ConfigurationCheck
{
    public static T BindChecked<T>(this IServiceCollection services, IConfiguration configuration, string sectionName)
        where T : class, new()
    {
        var section = configuration.GetSection(sectionName);
        T value;
        try
        {
            value = section.Get<T>(o => o.ErrorOnUnknownConfiguration = false) ?? new T();
        }
        catch (InvalidOperationException e)
        {
            // The binder names the key and the value it could not convert.
            throw new OptionsValidationException(sectionName, typeof(T), [e.Message]);
        }

        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true))
        {
            var problems = results.Select(r => $"{sectionName}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}").ToArray();
            throw new OptionsValidationException(sectionName, typeof(T), problems);
        }

        services.AddOptions<T>().Bind(section);
        return value;
    }
}
