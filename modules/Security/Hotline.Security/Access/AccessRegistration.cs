using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hotline.Security.Access;

public static class AccessRegistration
{
    public static IHostApplicationBuilder AddAccessPolicy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(AccessRules.From(builder.Configuration));
        builder.Services.AddSingleton<ResourceResolver>();
        builder.Services.AddSingleton<AccessPolicy>();
        builder.Services.AddSingleton<Hotline.Security.Contracts.Access.IAccessPolicy>(sp => sp.GetRequiredService<AccessPolicy>());
        builder.Services.AddSingleton<StaffRateLimiter>();
        builder.Services.AddSingleton<KnownPlaces>();
        return builder;
    }

    /// <summary>After authentication, before any endpoint runs.</summary>
    public static WebApplication UseAccessPolicy(this WebApplication app)
    {
        app.UseMiddleware<AccessMiddleware>();
        return app;
    }
}
