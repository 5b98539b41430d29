// Nooks' isolation manager (SOSP 2003, section 4.3, "failure detection"): a CPU exception
// raised by driver code, a driver that has not come back for WatchdogTicks timer ticks,
// a runtime fault the driver's own runtime reports, or a result the wrappers reject, is a
// driver failure. The call in progress is abandoned (Xpc.Abandon) and the driver marked
// failed; the kernel goes on. With isolation off, the same events are what they are in a
// monolithic kernel: a kernel panic, or a hang.
using Testbed.Protocol;

namespace NooksStyle.Isolation;

public static unsafe class IsolationManager
{
    /// <summary>Driver code running this many 1 ms ticks without returning or calling the kernel is hung.</summary>
    public const ulong WatchdogTicks = 10;

    /// <summary>Isolation on: wrappers, domains, recovery. Off: the plain monolithic kernel.</summary>
    public static bool Enabled { get; private set; }
    /// <summary>The driver whose call is in progress (both modes), or null.</summary>
    public static LoadedDriver Current;
    /// <summary>The CPU is running driver code (not a kernel service the driver called).</summary>
    public static bool InDriver;
    /// <summary>When the last failure entered the kernel (TSC: the exception's dispatch, the watchdog's expiry, the report), for the restart budget and the recovery figures.</summary>
    public static ulong LastFailureTsc;
    /// <summary>IdleClock.Halted at the last failure: halted time is not counted as recovery work.</summary>
    public static ulong LastFailureIdle;
    public static ulong Failures;

    private static ulong s_ticksInDriver;

    public static void Install()
    {
        Xpc.CheckLayout();
        Interrupts.SetHandler(Vectors.DivideError, &OnException);
        Interrupts.SetHandler(Vectors.InvalidOpcode, &OnException);
        Interrupts.SetHandler(Vectors.StackFault, &OnException);
        Interrupts.SetHandler(Vectors.GeneralProtection, &OnException);
        Interrupts.SetHandler(Vectors.PageFault, &OnException);
    }

    public static void SetEnabled(bool on)
    {
        Enabled = on;
        // Handlers must be able to write kernel data even when they interrupt a driver.
        Interrupts.SetHandlerPageTables(on ? AddressSpace.Kernel.Root : 0);
        KernelServiceTable.Select(on);
    }

    /// <summary>A call into <paramref name="driver"/> begins.</summary>
    public static void Enter(LoadedDriver driver)
    {
        Current = driver;
        InDriver = true;
        s_ticksInDriver = 0;
    }

    public static void Leave()
    {
        InDriver = false;
        Current = null;
    }

    /// <summary>Called by the kernel's 1 ms tick.</summary>
    public static void OnTick(InterruptFrame* frame)
    {
        IdleClock.NoteInterrupt();
        if (!Enabled || !Xpc.Active || !InDriver) return;
        if (++s_ticksInDriver >= WatchdogTicks) Fail("hang", frame->Vector, frame->Rip, 0, Cpu.ReadTsc());
    }

    private static void OnException(InterruptFrame* frame)
    {
        LoadedDriver driver = Current;
        bool inDriver = driver != null && (InDriver || driver.ContainsCode(frame->Rip)) && !frame->FromUserMode;
        if (inDriver && Enabled && Xpc.Active)
        {
            ulong address = frame->Vector == Vectors.PageFault ? Cpu.ReadCr2() : frame->Rip;
            Fail(Vectors.ExceptionName(frame->Vector), frame->Vector, frame->Rip, address, FaultEntry.Tsc);
        }
        if (frame->FromUserMode)
        {
            TbLine.Begin(ProtocolNames.Fault).Field("name", Vectors.ExceptionName(frame->Vector)).Field("vector", frame->Vector)
                .Address("rip", frame->Rip).Field("ring", 3UL).End();
            ProcessRunner.ExitCurrent(-1);
        }
        // A monolithic kernel has nothing between a driver bug and itself.
        Panic.Halt(inDriver ? "driver fault in ring 0" : Vectors.ExceptionName(frame->Vector), frame);
    }

    /// <summary>The driver's runtime reported a fault of its own (range check, failed cast...).</summary>
    public static void RuntimeFault(int kind)
    {
        if (!Enabled || !Xpc.Active) Panic.Halt("driver runtime fault");
        Fail("runtime-fault", (ulong)kind, 0, 0, Cpu.ReadTsc());
    }

    /// <summary>The wrappers rejected what a driver returned: a failure, detected after the call.</summary>
    public static void Reject(LoadedDriver driver, string reason)
    {
        LastFailureTsc = Cpu.ReadTsc();
        LastFailureIdle = IdleClock.Halted;
        RecoveryStamps.Begin(LastFailureTsc);
        Failures++;
        driver.Failed = true;
        TbLine.Begin(ProtocolNames.Fault).Field("name", reason).Field("driver", driver.Name).Field("ring", 0UL).Field("detected", "wrapper").End();
    }

    // at: where the failure entered the kernel (FaultEntry.Tsc for an exception: the
    // recovery time starts there, docs/recovery.md).
    private static void Fail(string reason, ulong vector, ulong rip, ulong address, ulong at)
    {
        LastFailureTsc = at;
        LastFailureIdle = IdleClock.Halted;
        RecoveryStamps.Begin(at);
        Failures++;
        LoadedDriver driver = Current;
        driver.Failed = true;
        InDriver = false;
        TbLine.Begin(ProtocolNames.Fault).Field("name", reason).Field("driver", driver.Name).Field("vector", vector)
            .Address("rip", rip).Address("address", address).Field("ring", 0UL).Field("detected", "isolation-manager").End();
        Xpc.Abandon();
    }
}
