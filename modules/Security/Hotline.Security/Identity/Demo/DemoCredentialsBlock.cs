using Microsoft.Extensions.Logging;

namespace Hotline.Security.Identity.Demo;

/// <summary>The one printout of new demo credentials: a marked block of log lines (one line each, so single-line log formats keep it readable).</summary>
internal static class DemoCredentialsBlock
{
    public const string Begin = "===== Hotline demo accounts: note these passwords now, they are shown only once =====";
    public const string End = "===== end of Hotline demo accounts =====";

    public static void Write(ILogger logger, IReadOnlyList<(string Username, string Password)> created)
    {
        if (created.Count == 0)
        {
            return;
        }

        logger.LogWarning(Begin);
        foreach (var (username, password) in created)
        {
            logger.LogWarning("demo account {Username} password {Password}", username, password);
        }

        logger.LogWarning("{ResetHint}", DemoAccountSeeder.ResetHint);
        logger.LogWarning(End);
    }
}
