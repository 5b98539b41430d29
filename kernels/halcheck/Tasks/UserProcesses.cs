// Starting halcheck's user process, serving its system calls, and catching its faults.

namespace Halcheck.Tasks;

public static unsafe class UserProcesses
{
    public const string ImageName = "halcheck-user.elf";
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

    /// <summary>
    /// Loads a fresh copy of the process (the HAL's UserProcess) and runs it to its end;
    /// with <paramref name="reclaim"/> its frames are returned at once and the result is
    /// null, else the caller inspects it and reclaims it.
    /// </summary>
    public static UserProcess Run(ulong argument, bool reclaim)
    {
        UserProcess process = UserProcess.Create(ImageName, StackPages, argument);
        if (process == null) Panic.Halt("halcheck: cannot load the user process (boot module halcheck-user.elf)");
        Faulted = false;
        ExitCode = -1;
        Scheduler.Add(process.Thread);
        Scheduler.Join(process.Thread);
        AddressSpace.Kernel.Activate();
        if (!reclaim) return process;
        process.Reclaim();
        return null;
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
