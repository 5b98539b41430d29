// The process calls through PM (MinixLib's ProcessCalls), as a system process: fork, exec of
// the boot image true.elf in the child, its exit, and the parent's wait, N times, each a sample
// of process.fork-exec-wait (from the fork call until the wait returned with the exit code, the
// child's slot reaped); then the checks: every child ran (its code, which it got as its start
// argument, came back by wait), the one child slot was reused with a new endpoint each time,
// kill ends a child and wait reports it, a wait with no child and an exec of an unknown image
// are refused, and SYS_FORK and SYS_EXEC are refused to this process (only PM has them). The
// same samples cut where the child's exit reached the kernel are process.fork-exec-to-exit.
using Testbed.Process;

namespace MinixStyle.Processes.IpcTest;

public static unsafe class ProcessChecks
{
    /// <summary>The child slot (the kernel's Tasks/ChildSlots.cs): every child must land there.</summary>
    private const int ChildSlot = 13;
    private const int ExecRefusedCode = 42, UnexpectedCode = 99;

    public static void Run(Message* m, int iterations)
    {
        Refusals(m);
        Alone(m);
        ulong[] samples = new ulong[iterations], toExit = new ulong[iterations];
        ulong overhead = TscReadCost.Measure();
        int ran = 0, reused = 0, previous = Endpoint.None;
        for (int i = 0; i < iterations; i++)
        {
            int expected = 1 + i % 100;
            ulong start = Tsc.Open();
            long child = ProcessCalls.Fork();
            if (child == 0) ProcessExit.Exit(ProcessCalls.Exec("true.elf", (ulong)expected) == 0 ? UnexpectedCode : UnexpectedCode + 1);
            long reaped = ProcessCalls.Wait((int)child, out int code);
            samples[i] = Tsc.Close() - start - overhead;
            // The same sample's window cut at the child's exit reaching the kernel (stamped there).
            Sys.Call(KernelCallNumber.GetInfo, KernelCallNumber.GetInfoLastChildExit, 0, 0, 0, out ulong exited);
            toExit[i] = exited - start - overhead;
            if (child > 0 && reaped == child && code == expected) ran++;
            if (child > 0 && (child & 15) == ChildSlot && (int)child != previous) reused++;
            previous = (int)child;
        }
        Diag.Check(CheckId.ProcessChildRan, ran == iterations, (ulong)ran);
        Diag.Check(CheckId.ProcessSlotReused, reused == iterations, (ulong)reused);
        Diag.Bench(BenchId.ProcessForkExecWait, samples, iterations);
        Diag.Bench(BenchId.ProcessForkExecToExit, toExit, iterations);
        Kill();
        Unknown();
    }

    /// <summary>How often it looks, and for how many looks at most, in ticks (a process stuck for ever, as selftest-break=privilege.user-refusals leaves one, must not stop the checks).</summary>
    private const int PollTicks = 50, MaxPolls = 100;

    // Waits until this is the run's last workload: the disk figures subtract the time the CPU
    // halts while the block client waits for its disk, and a fork loop running then (it
    // outranks the client) would land inside their windows. It looks rarely, since each look
    // falls into one of those windows too.
    private static void Alone(Message* m)
    {
        for (int poll = 0; poll < MaxPolls; poll++)
        {
            if (Sys.Call(KernelCallNumber.GetInfo, KernelCallNumber.GetInfoWorkloads, 0, 0, 0, out ulong live) != IpcStatus.Ok || live <= 1) return;
            Sys.Call(KernelCallNumber.SetAlarm, PollTicks, 0, 0, 0, out _);
            Ipc.Receive(Endpoint.Clock, m);
        }
    }

    // Only PM may fork and exec: this system process has kernel calls, but not those.
    private static void Refusals(Message* m)
    {
        *m = default;
        m->Type = KernelCallNumber.Fork;
        m->A1 = (ulong)(long)Endpoint.IpcTest;
        long fork = Ipc.KernelCall(m);
        *m = default;
        m->Type = KernelCallNumber.Exec;
        m->A1 = (ulong)(long)Endpoint.IpcTest;
        m->A3 = ExecFlags.NewImage;
        m->A4 = 0x666C652E65757274;     // "true.elf"
        long exec = Ipc.KernelCall(m);
        Diag.Check(CheckId.ProcessForkExecRefused, fork == IpcStatus.CallDenied && exec == IpcStatus.CallDenied, unchecked((ulong)(fork * 100 + exec)));
    }

    // A child that waits to be killed: the kill works, and the wait reports the kill's code.
    private static void Kill()
    {
        long child = ProcessCalls.Fork();
        if (child == 0)
        {
            ProcessCalls.Pause();
            ProcessExit.Exit(UnexpectedCode);
        }
        long killed = ProcessCalls.Kill((int)child);
        long reaped = ProcessCalls.Wait((int)child, out int code);
        Diag.Check(CheckId.ProcessKillReportedByWait, child > 0 && killed == IpcStatus.Ok && reaped == child && code == PmRequest.KilledExitCode, unchecked((ulong)(long)code));
    }

    // A wait with no child is refused at once; an exec of a module that is not there returns to the child.
    private static void Unknown()
    {
        long none = ProcessCalls.Wait(Endpoint.Any, out _);
        long child = ProcessCalls.Fork();
        if (child == 0) ProcessExit.Exit(ProcessCalls.Exec("nothing.elf", 0) == IpcStatus.BadCall ? ExecRefusedCode : UnexpectedCode);
        long reaped = ProcessCalls.Wait(Endpoint.Any, out int code);
        Diag.Check(CheckId.ProcessUnknownRefused, none == IpcStatus.BadEndpoint && child > 0 && reaped == child && code == ExecRefusedCode, unchecked((ulong)(long)code));
    }
}
