using Hotline.BuildingBlocks;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Hotline.Host.Http;

/// <summary>
/// Hostile-input limits for every endpoint: body size, JSON depth, unreadable requests as problem
/// details naming the field, and the named rate-limit policies.
/// </summary>
public static class HttpHardening
{
    public static WebApplicationBuilder AddHotlineHttpHardening(this WebApplicationBuilder builder)
    {
        var limits = builder.Services.BindChecked<HttpHardeningOptions>(builder.Configuration, HttpHardeningOptions.SectionName);
        var windows = builder.Services.BindChecked<RateLimitOptions>(builder.Configuration, RateLimitOptions.SectionName);

        builder.Services.Configure<KestrelServerOptions>(k => k.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.MaxDepth = limits.MaxJsonDepth;
            // A key given twice ("username" and "Username") is refused: otherwise what one reader takes (the rate
            // limiter's key) and what another binds (the account signed in to) could differ.
            o.SerializerOptions.AllowDuplicateProperties = false;
            o.SerializerOptions.Converters.Add(new StrictStringConverter());
        });
        // Binding failures throw BadHttpRequestException, which BadRequestProblemHandler answers with the field.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<BadRequestProblemHandler>();
        builder.Services.AddExceptionHandler<StorageOutageProblemHandler>();
        builder.Services.AddRateLimiter(o => RateLimitPolicies.Add(o, windows));
        return builder;
    }

    /// <summary>Call after UseExceptionHandler and before authentication, so floods and guessing stop early.</summary>
    public static WebApplication UseHotlineHttpHardening(this WebApplication app)
    {
        app.Use(SecurityHeaders.Add);
        app.Use(RequestBodyLimit.Enforce);
        app.Use(UnstorableTextGuard.Check);
        app.Use(SignInUserName.Capture);
        app.UseRateLimiter();
        return app;
    }
}
