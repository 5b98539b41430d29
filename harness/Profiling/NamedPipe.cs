using System.Runtime.InteropServices;

namespace Testbed.Harness.Profiling;

/// <summary>
/// A named pipe (FIFO) in a fresh temporary folder, through which QEMU's -D log reaches the
/// harness without touching the disk; removed with its folder on dispose. Linux only, like
/// the rest of the harness's QEMU handling.
/// </summary>
internal sealed class NamedPipe : IDisposable
{
    const int WriteOnly = 0x1;     // O_WRONLY
    const int NonBlocking = 0x800; // O_NONBLOCK (x86-64 and arm64 Linux)

    readonly string _folder;

    public string Path { get; }

    public NamedPipe(string name)
    {
        _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"testbed-profile-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, name);
        if (MakeFifo(Path, Convert.ToUInt32("600", 8)) != 0)
        {
            int error = Marshal.GetLastPInvokeError();
            Directory.Delete(_folder, recursive: true);
            throw new IOException($"mkfifo {Path} failed (errno {error})");
        }
    }

    /// <summary>Opens the pipe for reading; blocks until a writer opens it (or <see cref="ReleaseReader"/>).</summary>
    public FileStream OpenForReading() => new(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);

    /// <summary>
    /// Lets a reader still blocked in <see cref="OpenForReading"/> through (it then reads end
    /// of file): for when the writer never came, e.g. QEMU refused its arguments. Does nothing
    /// if no reader is waiting (a non-blocking open for writing fails without one).
    /// </summary>
    public void ReleaseReader()
    {
        int fd = Open(Path, WriteOnly | NonBlocking);
        if (fd >= 0)
            Close(fd);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    // DllImport rather than LibraryImport: the harness is not compiled with unsafe code.
    // Strings marshal as UTF-8 on Linux.
    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo(string path, uint mode);

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(string path, int flags);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int fd);
}
