// Runs the apps process: a fresh copy of its image in a new address space, one ring-3
// thread, until it exits (or faults). The kernel is not preemptive: the boot thread waits
// for the process, which enters the kernel only through system calls.
using Testbed.Hal;

namespace NooksStyle.Tasks;

public static unsafe class ProcessRunner
{
    public const string ImageName = "nooks-apps.elf";
    private const ulong StackTop = 0x0000_7FFF_FFF0_0000;
    private const int StackPages = 8;

    private static Thread s_kernelThread;
    private static Thread s_process;
    public static int ExitCode;

    /// <summary>Runs the process with <paramref name="argument"/>; returns its exit code.</summary>
    public static int Run(ulong argument)
    {
        if (!Multiboot.TryFindModule(ImageName, out BootModule module)) Panic.Halt("nooks: boot module nooks-apps.elf missing");
        AddressSpace space = AddressSpace.Create();
        ulong entry = ElfLoader.Load(space, module);
        ulong imageStart = ElfLoader.LastLoadStart, imageEnd = ElfLoader.LastLoadEnd;
        if (entry == 0 || !ElfLoader.MapStack(space, StackTop, StackPages)) Panic.Halt("nooks: cannot load the apps process");
        s_kernelThread = Thread.Current;
        ExitCode = -1;
        s_process = Thread.CreateUser(space, entry, StackTop, argument);
        Thread.SwitchTo(s_process);
        AddressSpace.Kernel.Activate();
        s_process.ReleaseStack();
        Release(space, imageStart, imageEnd);
        Release(space, StackTop - StackPages * 4096UL, StackTop);
        space.Destroy();
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

    private static void Release(AddressSpace space, ulong start, ulong end)
    {
        for (ulong page = start; page < end; page += 4096)
        {
            ulong frame = space.Unmap(page);
            if (frame != 0) PhysicalMemory.FreeFrame(frame);
        }
    }
}
