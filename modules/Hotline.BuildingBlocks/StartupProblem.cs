using Microsoft.Extensions.Options;

namespace Hotline.BuildingBlocks;

/// <summary>Creates the exception the host reports as one line at start: the key and what is wrong with it.</summary>
public static class StartupProblem
{
    public static OptionsValidationException For(string key, string problem) =>
        new(key, typeof(object), [$"{key}: {problem}"]);
}
