using System.Runtime.InteropServices;

namespace Hotline.Storage.Embedded;

/// <summary>Who this process runs as, and what another OS user can reach.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal static partial class UnixUser
{
    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUserId();

    public static bool IsRoot => !OperatingSystem.IsWindows() && GetEffectiveUserId() == 0;

    /// <summary>True when every ancestor of <paramref name="path"/> lets other users pass through.</summary>
    public static bool AncestorsTraversableByOthers(string path)
    {
        for (var dir = Directory.GetParent(Path.GetFullPath(path)); dir is not null; dir = dir.Parent)
        {
            if (dir.Exists && (File.GetUnixFileMode(dir.FullName) & UnixFileMode.OtherExecute) == 0)
            {
                return false;
            }
        }

        return true;
    }
}
