using Hotline.BuildingBlocks;

namespace Hotline.Host.Configuration;

public static class HotlineConfiguration
{
    /// <summary>Files in config/ beside the binary, lowest precedence: environment and command line override them.</summary>
    public static readonly string[] Files = ["appsettings.json", "sla-policy.json", "escalation-policy.json"];

    public static WebApplicationBuilder AddHotlineConfiguration(this WebApplicationBuilder builder)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "config");
        var index = 0;
        foreach (var file in Files)
        {
            var source = new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
            {
                Path = Path.Combine(folder, file), Optional = false, ReloadOnChange = false,
            };
            source.ResolveFileProvider();
            builder.Configuration.Sources.Insert(index++, source);
        }

        var host = builder.Services.BindChecked<HostOptions>(builder.Configuration, HostOptions.SectionName);
        builder.Services.AddSingleton(TimeZoneInfo.FindSystemTimeZoneById(host.BusinessTimeZone));
        return builder;
    }
}
