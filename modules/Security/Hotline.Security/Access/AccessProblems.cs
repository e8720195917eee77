using Microsoft.AspNetCore.Http;

namespace Hotline.Security.Access;

/// <summary>401/403 answers as problem details, like every other refusal.</summary>
internal static class AccessProblems
{
    public static Task Write(HttpContext context, int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);
}
