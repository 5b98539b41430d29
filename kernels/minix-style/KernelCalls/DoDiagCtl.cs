// SYS_DIAGCTL (MINIX 3: do_diagctl, the kernel's diagnostics line): how a ring-3 test
// process reports a check or a benchmark's samples. The name comes from the kernel's own
// table (Abi/ReportNames.cs), so ring 3 sends numbers; the samples are copied into a buffer
// the kernel made at boot.
using Testbed.Drivers.Faults;

namespace MinixStyle.KernelCalls;

public static unsafe class DoDiagCtl
{
    public const int MaxSamples = 20_000;
    private static ulong[] s_samples;

    public static void Initialize() => s_samples = new ulong[MaxSamples];

    public static long Handle(int caller, Message* m)
    {
        if (m->A1 == DiagOp.Check)
        {
            string name = ReportNames.Check((CheckId)m->A2);
            if (name == null) return IpcStatus.BadCall;
            Report.CheckValue(name, m->A3 != 0, "value", m->A4);
            return IpcStatus.Ok;
        }
        if (m->A1 == DiagOp.Bench)
        {
            string name = ReportNames.Bench((BenchId)m->A2, out string what);
            ulong count = m->A4;
            if (name == null || count == 0 || count > MaxSamples) return IpcStatus.BadCall;
            if (!CopyIn(caller, m->A3, count)) return IpcStatus.BadAddress;
            Report.Bench(name, Summary.Of(s_samples, (int)count), what);
            return IpcStatus.Ok;
        }
        if (m->A1 == DiagOp.Recovery) return RecoveryReport.Write(m);
        if (m->A1 == DiagOp.KernelCallPath)
        {
            SystemTask.InTrap = m->A2 != 0;
            return IpcStatus.Ok;
        }
        if (m->A1 == DiagOp.FaultCommitted || m->A1 == DiagOp.FaultArmed)
        {
            // Committed: the driver is about to run its planned fault (the record goes out before it
            // can die). Armed: RS hands a plan to a service it restarts.
            FaultPlanLine.Write(new FaultPlan { Target = (FaultTarget)m->A2, Kind = (InjectedFault)m->A3, AtRequest = (uint)m->A4 },
                m->A1 == DiagOp.FaultArmed ? FaultPlanState.Armed : FaultPlanState.Committed);
            return IpcStatus.Ok;
        }
        return IpcStatus.BadCall;
    }

    // The caller's samples, page by page through its page tables (it is the current space,
    // but every user page is checked as the IPC copy checks a message).
    private static bool CopyIn(int caller, ulong address, ulong count)
    {
        if ((address & 7) != 0) return false;
        AddressSpace space = ProcessTable.Images[caller].Space;
        for (ulong i = 0; i < count; i++)
        {
            ulong at = address + i * 8;
            if (at < AddressSpace.UserBase || at >= AddressSpace.UserLimit) return false;
            ulong entry = space.Lookup(at);
            if ((entry & (ulong)(PageFlags.Present | PageFlags.User)) != (ulong)(PageFlags.Present | PageFlags.User)) return false;
            s_samples[i] = *(ulong*)((entry & 0x000F_FFFF_FFFF_F000UL) | (at & 0xFFF));
        }
        return true;
    }
}
