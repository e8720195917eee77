using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Hotline.Host.OpenApi;

/// <summary>
/// The document as JSON and as the reference page, made once: every endpoint is mapped before the host
/// starts, and none is added while it runs.
/// </summary>
internal sealed class ApiDocumentText
{
    private readonly Lazy<Task<string>> _json;
    private readonly Lazy<Task<string>> _html;

    public ApiDocumentText(IServiceProvider services)
    {
        _json = new(() => Generate(services));
        _html = new(async () => ApiReferencePage.Render(await _json.Value));
    }

    public Task<string> Json(CancellationToken ct) => _json.Value.WaitAsync(ct);

    public Task<string> Html(CancellationToken ct) => _html.Value.WaitAsync(ct);

    private static async Task<string> Generate(IServiceProvider services)
    {
        var provider = services.GetRequiredKeyedService<IOpenApiDocumentProvider>(ApiDocument.Name);
        var document = await provider.GetOpenApiDocumentAsync(CancellationToken.None);
        return await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, CancellationToken.None);
    }
}
