using System.Runtime.InteropServices;

namespace PersonalCapital.Client.Session;

/// <summary>
/// fsync of a folder, so a rename in it survives a power cut. .NET opens no handle on a folder, so on Linux and macOS
/// this asks libc directly; elsewhere (Windows, which journals renames) it does nothing. Best effort: a file system
/// that cannot flush folders (some network mounts) is no reason to fail a save that is already in place.
/// </summary>
internal static class FolderSync
{
    private const int ReadOnly = 0;

    public static void Flush(string folder)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }
        var descriptor = Open(folder, ReadOnly);
        if (descriptor < 0)
        {
            return;
        }
        try
        {
            _ = Fsync(descriptor);
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(int descriptor);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int descriptor);
}
