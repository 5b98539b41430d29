// The hardware-isolated comparison points, measured by this kernel in the same run as
// its SIPs (so the ratios of the paper's table 1 come from one boot): an ordinary ring-3
// process in its own address space (common/process, Processes/Ring3Probe), reached by
// syscall/sysret, scheduled by the same scheduler.
//   hw.syscall.null          ring 3 -> ring 0 -> ring 3, no work
//   hw.address-space.switch  CR3 write to another address space and back
//   hw.ipc.roundtrip         call/reply between two ring-3 processes: two system calls,
//                            two thread switches, two address-space switches
//   hw.process.create-start(-exit)  address space, ELF load, stack, thread, run to its exit (and tear-down)
// The probe checks each call's reply itself and stops at a wrong one; only a probe that
// finished its loop records its count in the slot after the samples, which the kernel
// checks (bench.hw.ipc.roundtrip.replies), so that a probe that gave up early cannot leave
// a flattering figure. The null system call returns nothing to check; a created process's
// result is that it reached its exit call (Run waits for it). selftest-break=
// bench.hw.ipc.roundtrip.replies reads that count off by one.
using Testbed.Guest.Measure;

namespace Singularity.Benchmarks;

public static unsafe class HardwareBaseline
{
    public const string ImageName = "ring3-probe.elf";
    private const int StackPages = 4;
    private const int MaxCreateSamples = 100;

    // The HAL's UserProcess, and what this kernel keeps about it: whether it has exited, when.
    private sealed class Ring3Process
    {
        public UserProcess Process;
        public Thread Thread;
        public bool Exited;
        public ulong StartTsc, ExitTsc;
    }

    private static ulong[] s_records;
    private static Ring3Process s_running;      // the process whose exit the kernel waits for
    private static Thread s_joiner;
    private static Thread s_server, s_client;
    private static ulong s_request, s_reply;

    public static ulong SyscallMedian, IpcRoundTripMedian, ProcessCreateMedian, AddressSpaceSwitchMedian;

    public static void Run(int iterations)
    {
        s_records = new ulong[Ring3Calls.FirstSample + iterations + 1];     // overhead, samples, the count of a finished loop
        SystemCalls.SetHandler(&OnSystemCall);
        ulong[] samples = new ulong[iterations];

        Run(Start(Ring3Calls.ModeNullCalls | (ulong)iterations << 8));
        SyscallMedian = Report(samples, iterations, "hw.syscall.null", "ring 3 -> ring 0 -> ring 3 (syscall/sysret, C# dispatch), rdtsc cost subtracted");

        AddressSpaceSwitchMedian = AddressSpaceSwitch(samples, iterations);

        Ring3Process server = Start(Ring3Calls.ModeServer);
        Ring3Process client = Start(Ring3Calls.ModeClient | (ulong)iterations << 8);
        Run(client);
        ulong perturb = CommandLine.Breaks("bench.hw.ipc.roundtrip.replies") ? 1UL : 0;
        ulong finished = s_records[Ring3Calls.FirstSample + iterations] + perturb;
        Testbed.Hal.Report.CheckValue("bench.hw.ipc.roundtrip.replies", finished == (ulong)iterations, "finished", finished);
        IpcRoundTripMedian = Report(samples, iterations, "hw.ipc.roundtrip", "call/reply between two ring-3 processes: two syscalls, two thread switches, two CR3 switches");
        Discard(server);

        ProcessCreate(samples, iterations > MaxCreateSamples ? MaxCreateSamples : iterations);
        AddressSpace.Kernel.Activate();
    }

    private static ulong Report(ulong[] samples, int count, string name, string what)
    {
        for (int i = 0; i < count; i++) samples[i] = s_records[Ring3Calls.FirstSample + i];
        Summary summary = Summary.Of(samples, count);
        Testbed.Hal.Report.Bench(name, summary, what);
        return summary.Median;
    }

    private static ulong AddressSpaceSwitch(ulong[] samples, int count)
    {
        AddressSpace other = AddressSpace.Create();
        ulong home = AddressSpace.Kernel.Root;
        ulong overhead = TscReadCost.Measure();
        for (int i = 0; i < count; i++)
        {
            ulong start = Tsc.Open();
            Cpu.WriteCr3(other.Root);
            Cpu.WriteCr3(home);
            samples[i] = Tsc.Close() - start - overhead;
        }
        other.Destroy();
        Summary summary = Summary.Of(samples, count);
        Testbed.Hal.Report.Bench("hw.address-space.switch", summary, "CR3 write to another address space and back");
        return summary.Median;
    }

    private static void ProcessCreate(ulong[] samples, int count)
    {
        ulong[] full = new ulong[count];
        for (int i = 0; i < count; i++)
        {
            ulong start = Tsc.Open();
            Ring3Process process = Start(Ring3Calls.ModeExit);
            process.StartTsc = start;
            Run(process);
            full[i] = Tsc.Close() - start;
            samples[i] = process.ExitTsc - start;
        }
        ProcessCreateMedian = Summary.Of(samples, count).Median;
        Testbed.Hal.Report.Bench("hw.process.create-start", Summary.Of(samples, count), "ring-3 process: address space, ELF load, stack, thread, runtime start, main, up to its exit call");
        Testbed.Hal.Report.Bench("hw.process.create-start-exit", Summary.Of(full, count), "the same, plus tear-down of its pages and address space, back in the kernel");
    }


    private static Ring3Process Start(ulong argument)
    {
        UserProcess user = UserProcess.Create(ImageName, StackPages, argument);
        if (user == null) Panic.Halt("singularity: cannot load the ring-3 probe (boot module ring3-probe.elf)");
        var process = new Ring3Process { Process = user, Thread = user.Thread };
        process.Thread.Owner = null;
        Scheduler.MakeReady(process.Thread);
        return process;
    }

    // Waits until the process exits, then frees everything it had.
    private static void Run(Ring3Process process)
    {
        s_running = process;
        while (!process.Exited)
        {
            s_joiner = Thread.Current;
            Scheduler.Block();
        }
        Discard(process);
    }

    private static void Discard(Ring3Process process)
    {
        process.Thread.State = ThreadState.Dead;
        if (s_server == process.Thread) s_server = null;
        process.Process.Reclaim();
        process.Thread.ReleaseStack();
    }

    // The null call first and alone, so that its path is the floor (no prologue of the others).
    private static ulong OnSystemCall(ulong number, ulong a1, ulong a2, ulong a3, ulong a4, ulong a5)
    {
        if (number == Ring3Calls.Null) return 0;
        return OtherCall(number, a1, a2);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static ulong OtherCall(ulong number, ulong a1, ulong a2)
    {
        switch (number)
        {
            case Ring3Calls.Record:
                if (a1 < (ulong)s_records.Length) s_records[a1] = a2;
                return 0;
            case Ring3Calls.Call:
            {
                s_request = a1;
                s_client = Thread.Current;
                Thread server = s_server;
                s_server = null;
                if (server == null) return ulong.MaxValue;
                Scheduler.MakeReady(server);
                Scheduler.Block();
                return s_reply;
            }
            case Ring3Calls.ReplyWait:
            {
                if (a1 != 0 && s_client != null)
                {
                    s_reply = a1;
                    Thread client = s_client;
                    s_client = null;
                    Scheduler.MakeReady(client);
                }
                s_server = Thread.Current;
                Scheduler.Block();
                return s_request;
            }
            case Ring3Calls.Exit:
            {
                Ring3Process process = s_running;
                if (process != null && process.Thread == Thread.Current)
                {
                    process.ExitTsc = Tsc.Close();
                    process.Exited = true;
                    if (s_joiner != null)
                    {
                        Thread joiner = s_joiner;
                        s_joiner = null;
                        Scheduler.MakeReady(joiner);
                    }
                }
                Scheduler.ExitCurrent();
                return 0;
            }
        }
        return ulong.MaxValue;
    }
}
