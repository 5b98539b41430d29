// What a SIP can ask of the system, as safe calls (each one a direct call into the kernel ABI).
using Singularity.Abi;
using Testbed.Guest.Measure;

namespace Singularity.Processes.SipLibrary;

public static class Sip
{
    internal static ulong Id;
    internal static long ArgumentValue;
    internal static long IrqLine, IrqLine2;

    /// <summary>The IRQ lines its manifest (or its PCI devices) granted: index 0 or 1; -1 if none.</summary>
    public static int GrantedIrq(int index) => (int)(index == 0 ? IrqLine : IrqLine2);

    /// <summary>Device-reachable memory for a driver's glue: its address (identity-mapped), 0 if refused.</summary>
    public static ulong AllocateDma(uint bytes) => Abi.AllocateDma(bytes);
    internal static ulong FaultKindValue, FaultAtValue;
    internal static ulong KernelAbiTableValue;

    /// <summary>
    /// Where the kernel keeps its ABI table (StartInfo.AbiTable): kernel data, which this SIP
    /// copied at start and never writes. A driver's wild write aims at it (common/drivers/Faults).
    /// </summary>
    public static ulong KernelAbiTable => KernelAbiTableValue;

    /// <summary>The fault this SIP was asked to commit (common/drivers/Faults InjectedFault, request), 0 if none.</summary>
    public static ulong InjectedFaultKind => FaultKindValue;
    public static ulong InjectedFaultAt => FaultAtValue;

    /// <summary>
    /// This SIP is about to commit its planned fault (<paramref name="kind"/>, an InjectedFault
    /// of common/drivers/Faults, at request <paramref name="at"/>): the kernel writes the
    /// fault-plan record "committed". Call it just before the faulty code: after it the SIP may be dead.
    /// </summary>
    public static void FaultCommitting(long kind, long at) => Abi.ReportProgress(AbiSlot.FaultCommittingReport, (ulong)kind, (ulong)at, 0, 0, 0);

    /// <summary>The end of a recovery (docs/recovery.md): this client holds the successful reply of its first request after a fault.</summary>
    public static void RecoveryReply(RecoveryStamp reply) => Abi.ReportProgress(AbiSlot.RecoveryReplyReport, reply.Tsc, reply.Halted, 0, 0, 0);

    /// <summary>The same, stamped now: the counter, then the halted ticks (nothing halts between the two reads).</summary>
    public static void RecoveryReplyNow()
    {
        ulong tsc = Tsc.Read();
        RecoveryReply(new RecoveryStamp(tsc, Abi.IdleTsc()));
    }

    /// <summary>Waits for the IRQ line its manifest declares: true if it fired, false after <paramref name="ticks"/> timer ticks.</summary>
    public static bool WaitForInterrupt(int line, ulong ticks) => Abi.WaitIrq((ulong)line, ticks) == 1;

    /// <summary>A workload progress record, through the kernel.</summary>
    public static void Progress(ulong workload, ulong done, ulong errors, ulong corrupted, ulong retries, bool final) =>
        Abi.ReportProgress(workload, done, errors, corrupted, retries, final ? 1UL : 0UL);

    /// <summary>What the kernel asked this SIP to do.</summary>
    public static long Argument => ArgumentValue;

    /// <summary>The minimum kernel API call (returns 0): the paper's "minimum kernel API call" row.</summary>
    public static ulong NullCall() => Abi.Null();

    public static void Log(string text) => Abi.Log(text);
    public static void Yield() => Abi.Yield();

    /// <summary>Blocks for <paramref name="ticks"/> timer ticks (1 ms each).</summary>
    public static void Sleep(ulong ticks) => Abi.Sleep(ticks);
    public static void Exit(long code) => Abi.Exit(code);

    /// <summary>
    /// Counter ticks the CPU has spent halted (nothing to run) since boot: under icount with
    /// sleep=off a halt jumps the counter to the next timer event, which is not work, so
    /// measurements that span device waits subtract the difference.
    /// </summary>
    public static ulong IdleTsc() => Abi.IdleTsc();

    /// <summary>The time stamp counter (retired instructions under TCG icount): common/guest's, a direct call.</summary>
    public static ulong ReadTsc() => Tsc.Read();

    /// <summary>A read that opens, and one that closes, a cycle-model sample window (common/guest's Tsc): the same instructions as ReadTsc.</summary>
    public static ulong OpenTsc() => Tsc.Open();
    public static ulong CloseTsc() => Tsc.Close();

    public static void Check(string name, bool ok, ulong detail) => Abi.ReportCheck(name, ok, detail);
    public static void Bench(string name, ulong[] samples, int count, string what) => Abi.ReportBench(name, samples, count, what);

    /// <summary>Ends this SIP with a fault of the given kind (trusted glue's checks use it).</summary>
    public static void Fail(long kind) => Abi.Fault(kind);

    /// <summary>Ends this SIP as a contract violation (called by generated endpoint code).</summary>
    public static void ContractViolation() => Abi.Fault(SipFaultKind.ContractViolation);

    /// <summary>The cost of reading the counter twice, to subtract from measurements (common/guest, as in every kernel).</summary>
    public static ulong TscOverhead() => TscReadCost.Measure();
}
