using System.Reflection;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Api.Tests.Fuzz;

/// <summary>
/// Every endpoint the running app maps, read from its <see cref="EndpointDataSource"/> and the handlers'
/// parameters the way minimal APIs bind them, so an endpoint added later is fuzzed without a new test.
/// </summary>
public static class EndpointCatalog
{
    public static IReadOnlyList<FuzzEndpoint> Read(IServiceProvider services)
    {
        var isService = services.GetRequiredService<IServiceProviderIsService>();
        var endpoints = new List<FuzzEndpoint>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var handler = endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault();
            foreach (var method in methods.Where(m => m is not ("HEAD" or "OPTIONS")))
            {
                endpoints.Add(Describe(endpoint, method, handler, isService));
            }
        }

        return endpoints;
    }

    private static FuzzEndpoint Describe(RouteEndpoint endpoint, string method, MethodInfo? handler, IServiceProviderIsService isService)
    {
        var routeParameters = endpoint.RoutePattern.Parameters;
        var slots = routeParameters.ToDictionary(
            p => p.Name,
            p => new RouteSlot(p.Name, FieldType.Text, p.ParameterPolicies.Any(policy => policy.Content == "guid")),
            StringComparer.OrdinalIgnoreCase);
        var query = new List<FuzzField>();
        var body = BodyKind.None;
        var bodyFields = new List<FuzzField>();
        foreach (var p in handler?.GetParameters() ?? [])
        {
            var type = p.ParameterType;
            if (slots.TryGetValue(p.Name!, out var slot) && p.GetCustomAttribute<FromQueryAttribute>() is null)
            {
                slots[p.Name!] = slot with { Type = FuzzField.TypeOf(type) };
            }
            else if (type == typeof(HttpRequest) || type == typeof(HttpContext) || type == typeof(Stream) || type == typeof(System.IO.Pipelines.PipeReader)
                     || type == typeof(IFormFile) || type == typeof(IFormFileCollection) || type == typeof(IFormCollection) || p.GetCustomAttribute<FromFormAttribute>() is not null)
            {
                body = method is "POST" or "PUT" or "PATCH" ? BodyKind.Raw : body;
            }
            else if (type == typeof(CancellationToken) || type == typeof(HttpResponse) || type == typeof(ClaimsPrincipal)
                     || p.GetCustomAttribute<FromServicesAttribute>() is not null || p.GetCustomAttribute<FromKeyedServicesAttribute>() is not null
                     || p.GetCustomAttribute<FromHeaderAttribute>() is not null || HasBindAsync(type) || isService.IsService(type))
            {
                // Not request input (or bound by the type itself, such as the signed-in caller).
            }
            else if (p.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                query.AddRange(Members(type));
            }
            else if (p.GetCustomAttribute<FromBodyAttribute>() is not null || (p.GetCustomAttribute<FromQueryAttribute>() is null && !IsSimple(type)))
            {
                body = BodyKind.Typed;
                bodyFields.AddRange(Members(type));
            }
            else
            {
                query.Add(new FuzzField(p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name!, FuzzField.TypeOf(type), type));
            }
        }

        return new FuzzEndpoint(method, endpoint.RoutePattern.RawText ?? "/", [.. slots.Values], query, body, bodyFields);
    }

    /// <summary>Properties with their JSON (camelCase) names, as the web serializer reads them.</summary>
    private static IEnumerable<FuzzField> Members(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(p => new FuzzField(
                p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name),
                FuzzField.TypeOf(p.PropertyType),
                p.PropertyType));

    private static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(Guid) || t == typeof(DateTime)
               || t == typeof(DateTimeOffset) || t == typeof(DateOnly) || t == typeof(TimeOnly) || t == typeof(TimeSpan)
               || t.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), t.MakeByRefType()]) is not null;
    }

    private static bool HasBindAsync(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type).GetMethods(BindingFlags.Public | BindingFlags.Static).Any(m => m.Name == "BindAsync");
}
