using Hotline.BuildingBlocks;
using Microsoft.Extensions.Options;

namespace Hotline.Security.Identity.Tokens;

/// <summary>What a configured token signing key must be; production on a real database refuses to run without one.</summary>
public static class SigningKeyRules
{
    public const string Key = SecurityOptions.SectionName + ":SigningKey";

    public const int MinimumBytes = 32;

    /// <summary>The example value in the documentation: never accepted.</summary>
    public const string DocumentedPlaceholder = "cmVwbGFjZS1tZS13aXRoLTMyLXJhbmRvbS1ieXRlcyEh";

    /// <summary>The configured key's bytes, null when none is configured and none is required.</summary>
    /// <exception cref="OptionsValidationException">naming <see cref="Key"/>: missing when required, not base64, too short or a placeholder.</exception>
    public static byte[]? Check(string? configured, bool required)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return required
                ? throw Problem("required in production (a random base64 key of at least 32 bytes, e.g. `openssl rand -base64 32`); the default is not used")
                : null;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(configured.Trim());
        }
        catch (FormatException)
        {
            throw Problem("is not base64");
        }

        if (bytes.Length < MinimumBytes)
        {
            throw Problem($"is {bytes.Length} bytes; at least {MinimumBytes} are required");
        }

        // A documented example, or something typed rather than generated (e.g. all zeros): not a secret.
        if (configured.Trim() == DocumentedPlaceholder || bytes.Distinct().Count() < 8)
        {
            throw Problem("is a placeholder, not a secret: generate a random key (e.g. `openssl rand -base64 32`)");
        }

        return bytes;
    }

    private static OptionsValidationException Problem(string problem) => StartupProblem.For(Key, problem);
}
