namespace Hotline.Host.Http;

/// <summary>
/// Route and query values with a NUL character or an unpaired surrogate are refused with 400 naming the
/// parameter: PostgreSQL cannot store or compare such text, so no endpoint could answer them usefully.
/// </summary>
internal static class UnstorableTextGuard
{
    public static Task Check(HttpContext context, RequestDelegate next)
    {
        foreach (var (name, values) in context.Request.Query)
        {
            if (!StrictStringConverter.IsStorable(name) || values.Any(v => v is not null && !StrictStringConverter.IsStorable(v)))
            {
                return Refuse(context, StrictStringConverter.IsStorable(name) ? name : "query");
            }
        }

        foreach (var (name, value) in context.Request.RouteValues)
        {
            if (value is string text && !StrictStringConverter.IsStorable(text))
            {
                return Refuse(context, name);
            }
        }

        return next(context);
    }

    private static Task Refuse(HttpContext context, string field) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = ["must not contain NUL characters or unpaired surrogates"] })
            .ExecuteAsync(context);
}
