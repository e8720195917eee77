using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hotline.Host.OpenApi;

/// <summary>Title, how to sign in (a bearer token from POST /api/auth/token), and the shared problem schema.</summary>
internal sealed class ApiDocumentInfo : IOpenApiDocumentTransformer
{
    public const string BearerScheme = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Hotline API",
            Version = ApiDocument.Name,
            Description = "Every endpoint is checked against one access table (deny by default). Refusals and bad input "
                + "answer application/problem+json: 400 names the field, 401 not signed in, 403 names the roles and scope needed.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "POST /api/auth/token with {\"username\", \"password\"}; the console's cookie session works too.",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];
        return Task.CompletedTask;
    }
}
