using System.Text.Json;
using Hotline.BuildingBlocks;
using Microsoft.AspNetCore.RateLimiting;

namespace Hotline.Host.Http;

/// <summary>
/// The user name a sign-in request names, read before the rate limiter runs (its partitioner cannot
/// read the body): the body is buffered, so the endpoint still reads it whole.
/// </summary>
internal static class SignInUserName
{
    private const string ItemKey = "Hotline.Http.SignInUserName";
    private const long MaxInspectedBody = 16 * 1024;
    private const int MaxNameLength = 200;

    public static string Of(HttpContext context) => context.Items[ItemKey] as string ?? "";

    /// <summary>Middleware: records the user name of requests to endpoints under the sign-in policy.</summary>
    public static async Task Capture(HttpContext context, RequestDelegate next)
    {
        var policy = context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
        if (policy == RateLimitPolicyNames.SignIn)
        {
            context.Items[ItemKey] = Normalize(await Read(context.Request));
        }

        await next(context);
    }

    private static async Task<string?> Read(HttpRequest request)
    {
        // Only where the sign-in endpoints read it (form or JSON body): a name taken from elsewhere, such as the
        // query, would let every guess pick a fresh window while the body names the same account.
        if (request.HasFormContentType)
        {
            try
            {
                return (await request.ReadFormAsync()).TryGetValue("username", out var fromForm) ? fromForm.ToString() : null;
            }
            catch (InvalidDataException)
            {
                return null; // a malformed form: the endpoint reports it
            }
        }

        if (request.HasJsonContentType() && request.ContentLength is null or <= MaxInspectedBody)
        {
            request.EnableBuffering();
            try
            {
                // At most the first 16 KiB (a chunked body has no declared length): a sign-in is small.
                var buffer = new byte[MaxInspectedBody + 1];
                var length = 0;
                int read;
                while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length))) > 0)
                {
                    length += read;
                }

                return length > MaxInspectedBody ? null : UserNameIn(buffer.AsMemory(0, length));
            }
            finally
            {
                request.Body.Position = 0;
            }
        }

        return null;
    }

    private static string? UserNameIn(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var body = JsonDocument.Parse(json, new JsonDocumentOptions { AllowDuplicateProperties = false });
            if (body.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            // The endpoint binds names without case and refuses a key given twice: so does this, so both read one name.
            var names = body.RootElement.EnumerateObject().Where(p => p.Name.Equals("username", StringComparison.OrdinalIgnoreCase)).ToList();
            return names is [{ Value.ValueKind: JsonValueKind.String } only] ? only.Value.GetString() : null;
        }
        catch (JsonException)
        {
            return null; // the endpoint reports the malformed body itself
        }
    }

    private static string Normalize(string? name)
    {
        var trimmed = name?.Trim().ToLowerInvariant() ?? "";
        return trimmed.Length <= MaxNameLength ? trimmed : trimmed[..MaxNameLength];
    }
}
