// Runs the apps process (the HAL's UserProcess: a fresh copy of its image in a new address
// space, one ring-3 thread) until it exits (or faults). The policy is this kernel's: it is
// not preemptive, so the boot thread switches to the process and waits; the process
// enters the kernel only through system calls.

namespace NooksStyle.Tasks;

public static unsafe class ProcessRunner
{
    public const string ImageName = "nooks-apps.elf";
    private const int StackPages = 8;

    private static Thread s_kernelThread;
    private static Thread s_process;
    public static int ExitCode;

    /// <summary>Runs the process with <paramref name="argument"/>; returns its exit code.</summary>
    public static int Run(ulong argument)
    {
        UserProcess process = UserProcess.Create(ImageName, StackPages, argument);
        if (process == null) Panic.Halt("nooks: cannot load the apps process (boot module nooks-apps.elf)");
        s_kernelThread = Thread.Current;
        ExitCode = -1;
        s_process = process.Thread;
        Thread.SwitchTo(s_process);
        process.Reclaim();
        s_process.ReleaseStack();
        return ExitCode;
    }

    /// <summary>Ends the process (exit call or fault) and returns to the kernel thread that runs it.</summary>
    public static void ExitCurrent(int code)
    {
        ExitCode = code;
        s_process.State = ThreadState.Dead;
        Thread.SwitchTo(s_kernelThread);
        Panic.Halt("nooks: a dead process was resumed");
    }
}
