using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Testbed.Harness.Qemu;

/// <summary>
/// Runs one QEMU process: hands each serial line to the caller as it arrives, collects
/// stderr, and kills QEMU when the watchdog fires or the caller cancels.
/// </summary>
public static class QemuProcess
{
    // After QEMU exits its pipes close at once; this only guards against a stuck reader.
    static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(5);
    static readonly TimeSpan StoppedGuestGrace = TimeSpan.FromMilliseconds(200);

    /// <param name="watchdog">Kill QEMU after this long and report a hang; null for no limit (gdb sessions).</param>
    /// <param name="onSerialLine">Called on a reader thread, in order, once per line of guest serial output.</param>
    /// <param name="workingDirectory">The folder QEMU runs in (<see cref="QemuArguments.WorkingDirectory"/>); null for ours.</param>
    /// <exception cref="QemuUnavailableException">QEMU could not be started.</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled; QEMU has been killed.</exception>
    public static async Task<QemuRun> RunAsync(
        string executable, IReadOnlyList<string> arguments, TimeSpan? watchdog,
        Action<string> onSerialLine, CancellationToken cancellation = default, string? workingDirectory = null)
    {
        // A relative executable path names a file in our folder, not in QEMU's.
        if (workingDirectory is not null && executable.Contains('/'))
            executable = Path.GetFullPath(executable);
        var startInfo = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory ?? "",
            UseShellExecute = false,
            // Our own stdin pipe, never the terminal: with -serial stdio QEMU would otherwise
            // put the user's terminal into raw mode.
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
            startInfo.ArgumentList.Add(argument);

        using var process = new Process { StartInfo = startInfo };
        var clock = Stopwatch.StartNew();
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new QemuUnavailableException($"could not start {executable}: {e.Message}");
        }
        ChildProcesses.Track(process);

        try
        {
            var stdout = PumpLinesAsync(process.StandardOutput, onSerialLine);
            var stderrLines = new List<string>();
            var guestStopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var stderr = PumpLinesAsync(process.StandardError, line =>
            {
                lock (stderrLines) stderrLines.Add(line);
                if (QemuStderr.StopsTheGuest(line))
                    guestStopped.TrySetResult();
            });

            var watchdogFired = false;
            using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation))
            {
                if (watchdog is { } limit)
                    deadline.CancelAfter(limit);
                var exited = process.WaitForExitAsync(deadline.Token);
                try
                {
                    if (await Task.WhenAny(exited, guestStopped.Task) != exited)
                    {
                        // Let QEMU finish printing the register dump that follows the error.
                        await Task.Delay(StoppedGuestGrace, deadline.Token);
                        ChildProcesses.Kill(process);
                    }
                    await exited;
                }
                catch (OperationCanceledException)
                {
                    ChildProcesses.Kill(process);
                    await process.WaitForExitAsync(CancellationToken.None);
                    cancellation.ThrowIfCancellationRequested();
                    watchdogFired = !guestStopped.Task.IsCompleted;
                }
            }
            clock.Stop();

            await Task.WhenAll(stdout, stderr).WaitAsync(DrainLimit, CancellationToken.None).ConfigureAwait(false);
            List<string> stderrCopy;
            lock (stderrLines) stderrCopy = [.. stderrLines];
            return new QemuRun(watchdogFired ? null : process.ExitCode, watchdogFired, stderrCopy, clock.Elapsed);
        }
        finally
        {
            ChildProcesses.Kill(process);
            ChildProcesses.Forget(process);
        }
    }

    static async Task PumpLinesAsync(StreamReader reader, Action<string> onLine)
    {
        // ReadLineAsync splits on \n, \r\n and \r, and returns a last unterminated line at EOF
        // (a kernel that powers off mid-line still gets its text shown).
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
            onLine(line);
    }
}
