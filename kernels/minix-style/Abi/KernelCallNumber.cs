// The system task's calls (MINIX 3: kernel/system/do_*.c, one handler file each here in
// KernelCalls/). A privilege's call mask has bit (1 << number).
namespace MinixStyle.Abi;

public static class KernelCallNumber
{
    public const int Exit = 0;          // SYS_EXIT: the caller ends; A1 = code
    public const int GetInfo = 1;       // SYS_GETINFO: A1 = GetInfoWhat -> A1.. = the answer
    public const int DiagCtl = 2;       // SYS_DIAGCTL: reports for the test harness (DiagOp)
    public const int Null = 3;          // does nothing: the floor of a kernel call
    public const int SetAlarm = 4;      // SYS_SETALARM: a notification from CLOCK after A1 ticks -> A1 = ticks the old alarm had left
    public const int DevIo = 5;         // SYS_DEVIO: one port access for a driver, inside its port ranges (DevIo flags)
    public const int IrqCtl = 6;        // SYS_IRQCTL: A1 = IrqCtlOp, A2 = line (only the caller's lines)
    public const int SDevIo = 7;        // SYS_SDEVIO: A1 = port, A2 = buffer, A3 = DevIo flags (Word only), A4 = words: rep insw/outsw to or from the caller's memory
    public const int VDevIo = 8;        // SYS_VDEVIO: A1 = address of PortAccess entries, A2 = count (at most PortAccess.MaxEntries): each checked, then all done in order
    public const int Umap = 9;          // SYS_UMAP: A1 = bytes -> A1 = virtual, A2 = physical address of zeroed, contiguous DMA memory mapped into the caller
    public const int SetGrant = 10;     // SYS_SETGRANT: A1 = address of the caller's Grant table, A2 = entries (0 = none)
    public const int SafeCopy = 11;     // SYS_SAFECOPY: A1 = granter, A2 = grant id, A3 = offset, A4 = caller's buffer, A5 = bytes, A6 = SafeCopyDirection
    public const int Kill = 12;         // SYS_KILL: ends the process A1 with code A2 (RS ends a hung service)
    public const int Exec = 13;         // SYS_EXEC: the ended process A1 starts again from the pristine copy of its boot image, A2 = start argument, A3 = ExecFlags -> A1 = its new endpoint
    public const int PrivCtl = 14;      // SYS_PRIVCTL: RS only: A1 = process, A2 = PrivCtl request, A3..A7 = the privileges (Abi/PrivCtl.cs)
    public const int Times = 15;        // SYS_TIMES: -> A1 = clock ticks since boot
    public const int Fork = 16;         // SYS_FORK: PM only: A1 = parent (waiting for PM's reply), A2 = the child's entry, A3 = its rdi, A4 = its rsp -> A1 = the child's endpoint
    public const int Clear = 17;        // SYS_CLEAR: PM only: the ended child A1's frames returned and its slot freed (a reaped zombie)
    public const int Count = 18;

    /// <summary>What SYS_GETINFO answers (A1).</summary>
    public const ulong GetInfoWhoAmI = 1;   // -> A1 = endpoint, A2 = priority
    public const ulong GetInfoHaltedTsc = 2; // -> A1 = counter ticks the CPU spent halted since boot (IdleClock)
    public const ulong GetInfoNextDeath = 3; // PM only: -> A1 = endpoint of a process that ended and was not yet reported, A2 = its exit code (NotReady: none)
    public const ulong GetInfoWorkloads = 4; // -> A1 = live processes that are not services (the run's workloads)
    public const ulong GetInfoLastFault = 6; // -> A1 = the counter at the last ring-3 CPU exception's entry into the kernel, A2 = the halted counter then
    public const ulong GetInfoBootArgument = 5; // A2 = endpoint -> A1 = the start argument its slot was given at boot
    public const ulong GetInfoLastChildExit = 7; // -> A1 = the counter when the last exit of a child slot's process reached the kernel
    public const ulong GetInfoNic = 8;      // A2 = index -> A1 = the I/O base, A2 = the IRQ line of the RTL8139 the boot scan found (only to a caller that holds its ports)
}

/// <summary>SYS_EXEC's A3.</summary>
public static class ExecFlags
{
    /// <summary>The new instance keeps the old endpoint: a server others reach at a fixed endpoint (MINIX 3: DS, PM in include/minix/com.h). Without it the endpoint's generation advances and the new one is published through DS.</summary>
    public const ulong KeepEndpoint = 1;
    /// <summary>PM's exec: the live process A1, waiting for the caller's reply, starts the boot module named by A4, A5 (up to 16 bytes, NUL padded), keeping its endpoint; no reply reaches it.</summary>
    public const ulong NewImage = 2;
}

/// <summary>SYS_DIAGCTL sub-calls (A1): how ring 3 reports checks and benchmarks by number (ReportNames).</summary>
public static class DiagOp
{
    public const ulong Check = 1;       // A2 = check number, A3 = ok, A4 = detail value
    public const ulong Bench = 2;       // A2 = bench number, A3 = samples address, A4 = count
    public const ulong FaultCommitted = 3; // A2 = FaultTarget, A3 = InjectedFault, A4 = request: a driver is about to commit its planned fault
    public const ulong Recovery = 4;    // A2 = service name (DsKey), A3 = RecoveryState, A4 = recovery instructions, A5 = restarts in the window, A6 = window ticks, A7 = FailureCause
    public const ulong FaultArmed = 5;  // as FaultCommitted: RS hands a planned fault to a service it restarts (the recovery measurement)
    public const ulong KernelCallPath = 6; // A2 = 1: every kernel call from now on runs in the caller's trap, 0: in the system task (SystemTask.InTrap)
}

/// <summary>What a recovery report (DiagOp.Recovery) says happened to a service.</summary>
public static class RecoveryState
{
    public const ulong Restarted = 0, GaveUp = 1;
}

/// <summary>How RS learned that a service failed (DSN 2007, section 4.1: the defect classes RS detects).</summary>
public static class FailureCause
{
    /// <summary>It ended by itself (its exit call, or a runtime check that ends the process).</summary>
    public const ulong Exited = 0;
    /// <summary>A CPU exception ended it (the kernel's fault exit code: -100 - vector).</summary>
    public const ulong Crashed = 1;
    /// <summary>It missed its heartbeat and RS killed it.</summary>
    public const ulong Hung = 2;
    /// <summary>A server that uses it complained of a wrong answer, and RS killed it.</summary>
    public const ulong Complaint = 3;

    public const int FaultExitCode = -100;
    public static ulong Of(long exitCode) => exitCode <= FaultExitCode && exitCode > FaultExitCode - 32 ? Crashed : Exited;

    public static string Name(ulong cause) => cause == Crashed ? "crash" : cause == Hung ? "hang" : cause == Exited ? "exit" : cause == Complaint ? "complaint" : null;
}

/// <summary>SYS_DEVIO's A3: the direction and width of the access (A1 = port, A2 = value to write; -> A1 = value read).</summary>
public static class DevIo
{
    public const ulong Write = 1;
    public const ulong Byte = 0 << 1, Word = 1 << 1, DoubleWord = 2 << 1;
}

/// <summary>SYS_SAFECOPY's A6: which way the bytes go between the caller and the granter's memory.</summary>
public static class SafeCopyDirection
{
    public const ulong FromGranter = 1;     // the grant must allow Read
    public const ulong ToGranter = 2;       // the grant must allow Write
}

/// <summary>SYS_IRQCTL's operations (MINIX 3: IRQ_SETPOLICY, IRQ_ENABLE, IRQ_DISABLE).</summary>
public static class IrqCtlOp
{
    public const ulong Attach = 1;      // the line's interrupts become notifications from HARDWARE to the caller
    public const ulong Enable = 2;      // unmask again after handling one (the kernel masks a line when it fires)
    public const ulong Disable = 3;
}
