// A CPU exception in ring 3 ends that process, never the kernel; the fault is reported
// (MINIX 3: the kernel turns it into a signal for PM, which tells RS).
namespace MinixStyle.Faults;

public static unsafe class UserFaults
{
    public const int FaultExitCode = FailureCause.FaultExitCode;

    /// <summary>The last ring-3 fault's entry into the kernel (the start of a recovery, docs/recovery.md).</summary>
    public static RecoveryStamp LastFault;

    public static void Install() => Interrupts.FaultHandler = &OnFault;

    private static bool OnFault(InterruptFrame* frame)
    {
        if (!frame->FromUserMode || Scheduler.Current == ProcessTable.NoSlot) return false;
        LastFault = new RecoveryStamp(FaultEntry.Tsc, IdleClock.Halted);     // nothing between the dispatch and here halts
        ulong address = frame->Vector == Vectors.PageFault ? Cpu.ReadCr2() : frame->Rip;
        TbLine.Begin(Testbed.Protocol.ProtocolNames.Fault).Field("name", Vectors.ExceptionName(frame->Vector))
            .Field("vector", frame->Vector).Address("rip", frame->Rip).Address("address", address).Field("ring", 3UL).End();
        ProcessExit.End(Scheduler.Current, FaultExitCode - (int)frame->Vector);
        return true;
    }
}
