using System.Collections.Concurrent;
using System.Diagnostics;

namespace Testbed.Harness.Qemu;

/// <summary>
/// Every QEMU the harness has running. A QEMU that outlives the harness keeps a core busy
/// forever (a hung guest never exits), so whatever way the harness ends, they die with it:
/// the runner kills its own on cancellation, and this kills the rest on process exit.
/// (A SIGKILL of the harness cannot be caught; nothing here helps then.)
/// </summary>
public static class ChildProcesses
{
    static readonly ConcurrentDictionary<int, Process> Running = new();
    static int hooked;

    public static void Track(Process process)
    {
        if (Interlocked.Exchange(ref hooked, 1) == 0)
            AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        Running[process.Id] = process;
    }

    public static void Forget(Process process) => Running.TryRemove(process.Id, out _);

    public static void KillAll()
    {
        foreach (var process in Running.Values)
            Kill(process);
    }

    /// <summary>Kills the process and anything it started; quiet if it is already gone.</summary>
    public static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException) { } // exited between the check and the kill
        catch (System.ComponentModel.Win32Exception) { }
    }
}
