using Hotline.Security.Events;
using Hotline.Security.Identity.Accounts;
using Hotline.Security.Identity.Backoff;
using Hotline.Security.Identity.Api;
using Hotline.Security.Identity.ConsoleSignIn;
using Hotline.Security.Identity.Demo;
using Hotline.Security.Identity.Settings;
using Hotline.Security.Identity.Sso;
using Hotline.Security.Identity.Tokens;
using Hotline.BuildingBlocks;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Runtime;

namespace Hotline.Security.Identity;

public static class IdentityRegistration
{
    private const string ConnectionStringKey = "ConnectionStrings:Hotline";
    private const string SeedFileKey = "Hotline:Organization:SeedFile";

    /// <summary>Accounts, bearer tokens, the console cookie and optional single sign-on; refuses a production start without a real signing key.</summary>
    public static IHostApplicationBuilder AddHotlineIdentity(this IHostApplicationBuilder builder)
    {
        var options = builder.Services.BindChecked<SecurityOptions>(builder.Configuration, SecurityOptions.SectionName);
        var realDeployment = builder.Environment.IsProduction() && !string.IsNullOrWhiteSpace(builder.Configuration[ConnectionStringKey]);
        var services = builder.Services;
        services.AddSingleton(new ConfiguredSigningKey(SigningKeyRules.Check(options.SigningKey, required: realDeployment)));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SecuritySettingsStore>();
        services.AddSingleton<SigningKeyProvider>();
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<AccountStore>();
        services.AddSingleton<StaffPasswords>();
        services.AddSingleton<SignInService>();
        services.AddSingleton<SignInBackoffStore>();
        services.AddSingleton<KnownDevices>();
        services.AddSingleton<PasswordCheckGate>();
        services.AddSingleton<SecurityStampStore>();
        services.AddSingleton<SecurityStamps>();
        services.AddSingleton<SecurityEvents>();
        services.AddSingleton<Hotline.Security.Contracts.IWebhookSecurityEvents>(provider => provider.GetRequiredService<SecurityEvents>());
        services.AddSingleton<SsoUserMapper>();
        services.AddSingleton<SsoLinkStore>();
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, BearerTokenOptionsSetup>();
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, SsoTokenOptionsSetup>();

        var ssoEnabled = options.Sso.Enabled;
        var authentication = services.AddAuthentication(HotlineSchemes.Default)
            .AddPolicyScheme(HotlineSchemes.Default, "Bearer token or console cookie",
                o => o.ForwardDefaultSelector = context => BearerSchemeSelector.Select(context, ssoEnabled))
            .AddJwtBearer(HotlineSchemes.Bearer)
            .AddCookie(HotlineSchemes.Console, o =>
            {
                o.Cookie.Name = "hotline.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = options.TokenLifetime;
                o.SlidingExpiration = false;
                o.LoginPath = ConsoleEndpoints.SignInPath;
                o.AccessDeniedPath = ConsoleEndpoints.SignInPath;
                o.EventsType = typeof(ConsoleCookieEvents);
            });
        services.AddSingleton<ConsoleCookieEvents>();
        if (ssoEnabled)
        {
            authentication.AddJwtBearer(HotlineSchemes.Sso);
        }

        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "hotline.antiforgery";
            o.HeaderName = ConsoleApiForgeryGuard.HeaderName;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddDataProtection().SetApplicationName("hotline");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<NpgsqlDataSource>)));
        // The keys sit in the database beside everything they protect; the framework's "unencrypted at rest" warning says nothing new.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error);

        if (options.DemoAccounts ?? !realDeployment && !string.IsNullOrWhiteSpace(builder.Configuration[SeedFileKey]))
        {
            services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, DemoAccountSeeder>();
        }

        return builder;
    }

    /// <summary>Authentication (sets HttpContext.User; claim <see cref="HotlineClaims.PersonId"/>) and antiforgery checks of forms.</summary>
    public static WebApplication UseHotlineIdentity(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAntiforgery();
        app.Use(ConsoleApiForgeryGuard.Check);
        return app;
    }

    /// <summary>POST /api/auth/token, GET /api/auth/me, and the console's /account/sign-in and /account/sign-out.</summary>
    public static IEndpointRouteBuilder MapIdentity(this IEndpointRouteBuilder app)
    {
        app.MapAuthApi();
        app.MapConsoleAccount();
        return app;
    }
}
