using System.Runtime.InteropServices;

namespace Testbed.Host;

/// <summary>The libc entry points the benchmarks call directly (x86-64 Linux numbers).</summary>
internal static unsafe partial class Libc
{
    public const long SysGetppid = 110;
    public const long SysFutex = 202;
    public const int FutexWaitPrivate = 128;
    public const int FutexWakePrivate = 129;

    /// <summary>syscall(2) with no arguments. No GC transition: getppid never blocks, so the figure is the kernel entry and exit, not the runtime's bookkeeping.</summary>
    [DllImport("libc", EntryPoint = "syscall"), SuppressGCTransition]
    public static extern long Syscall0(long number);

    [DllImport("libc", EntryPoint = "syscall")]
    public static extern long Futex(long number, int* address, long op, long value, nint timeout, nint address2, long value3);

    [DllImport("libc", EntryPoint = "read")]
    public static extern nint Read(int fd, byte* buffer, nint count);

    [DllImport("libc", EntryPoint = "write")]
    public static extern nint Write(int fd, byte* buffer, nint count);

    [DllImport("libc", EntryPoint = "posix_spawn")]
    public static extern int PosixSpawn(out int pid, byte* path, nint fileActions, nint attributes, byte** argv, byte** envp);

    [DllImport("libc", EntryPoint = "waitpid")]
    public static extern int WaitPid(int pid, out int status, int options);

    [DllImport("libc", EntryPoint = "sched_setaffinity")]
    public static extern int SchedSetAffinity(int pid, nint size, ulong* mask);

    [DllImport("libc", EntryPoint = "sched_getaffinity")]
    public static extern int SchedGetAffinity(int pid, nint size, ulong* mask);

    [DllImport("libc", EntryPoint = "sched_getcpu")]
    public static extern int SchedGetCpu();

    [DllImport("libc", EntryPoint = "mmap")]
    public static extern nint Mmap(nint address, nint length, int protection, int flags, int fd, nint offset);

    /// <summary>Reads or writes exactly <paramref name="count"/> bytes; false at end of file or on an error.</summary>
    public static bool Exactly(bool write, int fd, byte* buffer, int count)
    {
        var done = 0;
        while (done < count)
        {
            var n = write ? Write(fd, buffer + done, count - done) : Read(fd, buffer + done, count - done);
            if (n <= 0)
                return false;
            done += (int)n;
        }
        return true;
    }
}
