using Hotline.BuildingBlocks;
using Hotline.Security.Access;
using Hotline.Security.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Hotline.Security;

public static class SecurityModule
{
    /// <summary>Sign-in (accounts, bearer tokens, console cookie, optional single sign-on) and the deny-by-default access policy.</summary>
    public static IHostApplicationBuilder AddSecurityModule(this IHostApplicationBuilder builder)
    {
        // This module's tables (Migrations/*.sql in this assembly), created when the host starts.
        builder.Services.AddMigrations(typeof(SecurityModule).Assembly);
        builder.AddHotlineIdentity();
        builder.AddAccessPolicy();
        return builder;
    }

    /// <summary>Authentication, then the access policy every endpoint goes through. Call before mapping endpoints.</summary>
    public static WebApplication UseHotlineSecurity(this WebApplication app)
    {
        app.UseHotlineIdentity();
        app.UseAccessPolicy();
        return app;
    }

    /// <summary>/api/auth and the console's sign-in pages.</summary>
    public static IEndpointRouteBuilder MapSecurity(this IEndpointRouteBuilder app)
    {
        app.MapIdentity();
        return app;
    }
}
