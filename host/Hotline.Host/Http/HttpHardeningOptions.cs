using System.ComponentModel.DataAnnotations;

namespace Hotline.Host.Http;

/// <summary>Section Hotline:Http: how much a single request may carry.</summary>
public sealed class HttpHardeningOptions
{
    public const string SectionName = "Hotline:Http";

    /// <summary>Largest request body Kestrel accepts (413 above it). An upload endpoint may raise it for itself with [RequestSizeLimit].</summary>
    [Range(1024, long.MaxValue)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Deepest JSON nesting the API reads; deeper bodies answer 400 instead of costing stack and time.</summary>
    [Range(4, 256)]
    public int MaxJsonDepth { get; set; } = 32;
}
