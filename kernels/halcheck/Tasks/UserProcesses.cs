// Starting halcheck's user process, serving its system calls, and catching its faults.
using Halcheck.Abi;
using Halcheck.Scheduling;
using Testbed.Hal;

namespace Halcheck.Tasks;

public static unsafe class UserProcesses
{
    public const string ImageName = "halcheck-user.elf";
    private const ulong StackTop = 0x0000_7FFF_FFF0_0000;
    private const int StackPages = 4;

    public static ulong[] Records = new ulong[16 + 100_000];
    public static int ExitCode;
    public static ulong FaultVector, FaultError, FaultAddress;
    public static bool Faulted;

    public static void Initialize()
    {
        SystemCalls.SetHandler(&OnSystemCall);
        Interrupts.FaultHandler = &OnUserFault;
    }

    /// <summary>Loads a fresh copy of the process into a new address space and runs it to its end.</summary>
    public static AddressSpace Run(ulong argument, bool destroy)
    {
        if (!Multiboot.TryFindModule(ImageName, out BootModule module)) Panic.Halt("halcheck: boot module halcheck-user.elf missing");
        AddressSpace space = AddressSpace.Create();
        ulong entry = ElfLoader.Load(space, module);
        if (entry == 0 || !ElfLoader.MapStack(space, StackTop, StackPages)) Panic.Halt("halcheck: cannot load the user process");
        Faulted = false;
        ExitCode = -1;
        Thread thread = Thread.CreateUser(space, entry, StackTop, argument);
        Scheduler.Add(thread);
        Scheduler.Join(thread);
        AddressSpace.Kernel.Activate();
        if (destroy)
        {
            ReleaseUserFrames(space);
            space.Destroy();
            return null;
        }
        return space;
    }

    /// <summary>Frees the frames mapped in the user half (the process's pages).</summary>
    public static void ReleaseUserFrames(AddressSpace space)
    {
        ReleaseRange(space, 0x0000_0080_0000_0000, 0x0000_0080_0040_0000);
        ReleaseRange(space, StackTop - StackPages * 4096UL, StackTop);
    }

    private static void ReleaseRange(AddressSpace space, ulong start, ulong end)
    {
        for (ulong page = start; page < end; page += 4096)
        {
            ulong frame = space.Unmap(page);
            if (frame != 0) PhysicalMemory.FreeFrame(frame);
        }
    }

    private static ulong OnSystemCall(ulong number, ulong a1, ulong a2, ulong a3, ulong a4, ulong a5)
    {
        if (number == HalcheckCalls.Null) return 0;
        if (number == HalcheckCalls.Add) return a1 + a2;
        if (number == HalcheckCalls.Record)
        {
            if (a1 < (ulong)Records.Length) Records[a1] = a2;
            return 0;
        }
        if (number == HalcheckCalls.Exit)
        {
            ExitCode = (int)a1;
            Scheduler.ExitCurrent();
        }
        return ulong.MaxValue;
    }

    // A CPU exception in ring 3 ends the process, not the kernel.
    private static bool OnUserFault(InterruptFrame* frame)
    {
        if (!frame->FromUserMode) return false;
        Faulted = true;
        FaultVector = frame->Vector;
        FaultError = frame->ErrorCode;
        FaultAddress = frame->Vector == Vectors.PageFault ? Cpu.ReadCr2() : frame->Rip;
        TbLine.Begin(Testbed.Protocol.ProtocolNames.Fault).Field("name", Vectors.ExceptionName(frame->Vector))
            .Field("vector", frame->Vector).Address("error", frame->ErrorCode).Address("rip", frame->Rip)
            .Address("address", FaultAddress).Field("ring", 3UL).End();
        Scheduler.ExitCurrent();
        return true;
    }
}
