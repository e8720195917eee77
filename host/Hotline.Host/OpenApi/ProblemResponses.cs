using Hotline.Security.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace Hotline.Host.OpenApi;

/// <summary>
/// The problem answers every endpoint shares, added here once instead of in each module's endpoint file:
/// they come from the host's pipeline and the access table, not from the handlers. Anything an endpoint
/// declares itself (ProducesProblem: 415, 503) only gets the problem schema.
/// </summary>
internal sealed partial class ProblemResponses : IOpenApiOperationTransformer
{
    public const string ProblemJson = "application/problem+json";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var method = description.HttpMethod ?? "GET";
        var key = $"{method} /{description.RelativePath?.Trim('/')}";
        // The description drops a catch-all's "**" ("/channels/{channel}/{path}"); the access table keeps the route's own spelling.
        var rule = AccessTable.Find(key, null) ?? AccessTable.Find(CatchAll().Replace(key, "{**$1}"), null);
        var signedIn = rule is not { Anonymous: true };
        var problem = await Component(context, typeof(ProblemDetails), cancellationToken);
        var invalid = await Component(context, typeof(HttpValidationProblemDetails), cancellationToken);
        operation.Responses ??= [];

        // Unreadable input, a NUL in the query, an unknown X-Hotline-Role: any endpoint.
        Add(operation, StatusCodes.Status400BadRequest, "Bad input: the problem names the field (errors)");
        if (signedIn)
        {
            Add(operation, StatusCodes.Status401Unauthorized, "Not signed in: send a bearer token or the console's session");
            Add(operation, StatusCodes.Status403Forbidden, "Not allowed: the problem names the roles the access table needs");
            Add(operation, StatusCodes.Status429TooManyRequests, "Too many calls from this person: Retry-After says when to come back");
        }
        else
        {
            operation.Security = [];
        }

        if (description.ParameterDescriptions.Any(p => p.Source == BindingSource.Path))
        {
            Add(operation, StatusCodes.Status404NotFound, "Nothing with that id, or nothing the caller's scope covers (the same answer)");
        }

        if (method is "POST" or "PUT" or "PATCH")
        {
            Add(operation, StatusCodes.Status413PayloadTooLarge, "The request body is larger than the limit");
        }

        if (method == "POST" && signedIn)
        {
            Add(operation, StatusCodes.Status409Conflict, "The current state does not allow this change; the problem says what it allows");
        }

        if (description.ActionDescriptor.EndpointMetadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            Add(operation, StatusCodes.Status429TooManyRequests, "Too many requests: Retry-After says when to come back");
        }

        foreach (var (status, response) in operation.Responses)
        {
            if (status.StartsWith('4') || status.StartsWith('5'))
            {
                GiveProblemContent(response, status == "400" ? invalid : problem);
            }
        }
    }

    /// <summary>One schema in components, referenced by every problem answer (inline, each would repeat it).</summary>
    private static async Task<IOpenApiSchema> Component(OpenApiOperationTransformerContext context, Type type, CancellationToken cancellationToken)
    {
        var schema = await context.GetOrCreateSchemaAsync(type, null, cancellationToken);
        if (context.Document is not { } document)
        {
            return schema;
        }

        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas.TryAdd(type.Name, schema);
        return new OpenApiSchemaReference(type.Name, document);
    }

    private static void Add(OpenApiOperation operation, int status, string description)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!operation.Responses!.ContainsKey(key))
        {
            operation.Responses[key] = new OpenApiResponse { Description = description };
        }
    }

    /// <summary>Status-code pages turn an empty 4xx/5xx (TypedResults.NotFound) into a problem document too.</summary>
    private static void GiveProblemContent(IOpenApiResponse response, IOpenApiSchema schema)
    {
        if (response is OpenApiResponse concrete && (concrete.Content is null || concrete.Content.Count == 0))
        {
            concrete.Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = schema } };
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{([a-zA-Z]+)\}$")]
    private static partial System.Text.RegularExpressions.Regex CatchAll();
}
