using System.Runtime.InteropServices;

namespace Testbed.Harness.Cli;

/// <summary>
/// Turns Ctrl-C, SIGTERM and SIGHUP into a cancellation, so the running boot kills its QEMU
/// and the harness exits cleanly instead of leaving an orphan guest spinning. A second
/// Ctrl-C ends the harness at once (its QEMU is killed on the way out all the same).
/// </summary>
public sealed class ShutdownSignals : IDisposable
{
    readonly CancellationTokenSource cancellation = new();
    readonly List<PosixSignalRegistration> registrations = [];

    public ShutdownSignals()
    {
        Console.CancelKeyPress += OnCancelKeyPress;
        foreach (var signal in new[] { PosixSignal.SIGTERM, PosixSignal.SIGHUP })
            registrations.Add(PosixSignalRegistration.Create(signal, OnSignal));
    }

    public CancellationToken Token => cancellation.Token;

    void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        if (cancellation.IsCancellationRequested)
        {
            ChildProcesses.KillAll();
            return; // let the runtime end the process
        }
        e.Cancel = true;
        cancellation.Cancel();
    }

    void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        cancellation.Cancel();
    }

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        foreach (var registration in registrations)
            registration.Dispose();
        cancellation.Dispose();
    }
}
