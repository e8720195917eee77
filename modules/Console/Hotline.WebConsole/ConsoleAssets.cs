using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.StaticWebAssets;
using Microsoft.Extensions.Configuration;

namespace Hotline.WebConsole;

/// <summary>
/// Where the console's static files (its wwwroot, the framework's blazor.web.js) come from: the host application's
/// static web assets manifests, named after it. From a build output (./hotline run, the tests) the files stay where the
/// build left them, listed by the runtime manifest, which the framework reads only in Development unless told to: so
/// it is told here, whatever the environment. A published output has the files in wwwroot and no runtime manifest.
/// </summary>
public sealed record ConsoleAssets(string ApplicationName)
{
    public string EndpointsManifest => Path.Combine(AppContext.BaseDirectory, $"{ApplicationName}.staticwebassets.endpoints.json");

    private string RuntimeManifest => Path.Combine(AppContext.BaseDirectory, $"{ApplicationName}.staticwebassets.runtime.json");

    public void UseBuildOutput(IWebHostEnvironment environment, ConfigurationManager configuration)
    {
        if (File.Exists(RuntimeManifest))
        {
            configuration[WebHostDefaults.StaticWebAssetsKey] = RuntimeManifest;
            // No catch-all for files added after start (a development aid): the host serves what the manifest lists, as published.
            configuration["DisableStaticAssetNotFoundRuntimeFallback"] = "true";
            StaticWebAssetsLoader.UseStaticWebAssets(environment, configuration);
        }
    }
}
