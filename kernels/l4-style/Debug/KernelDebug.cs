// Ring 3's line to the result channel (L4's kernel debugger interface, put to our use):
// checks, benchmark summaries and workload progress measured in ring 3 are printed by the
// kernel as @tb records (common/protocol/PROTOCOL.md); the root task says when it is done.
using Testbed.Drivers.Faults;
using Testbed.Guest.Measure;

namespace L4Style.Debug;

public static unsafe class KernelDebug
{
    public const int MaxSamples = 20000;
    private static ulong[] s_samples = new ulong[MaxSamples];

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4_get_fastpath_hits")] private static extern ulong FastPathHits();

    public static ulong Run(Tcb* t, bool privileged)
    {
        ref Registers r = ref t->Regs;
        Task* task = t->Task;
        // Verdicts (checks) and the end of the run are the root task's; any task may report
        // its own measurements, progress and log events (workload clients and drivers do).
        if (!privileged && (r.Rdi == KdbOp.Check || r.Rdi == KdbOp.Done)) return Status.NotPrivileged;
        switch (r.Rdi)
        {
            case KdbOp.Check:
            {
                string name = KernelStrings.FromUser(task, r.Rsi, r.Rdx);
                if (name == null) return Status.BadArgument;
                string detail = r.R10 == 0 ? null : KernelStrings.FromUser(task, r.R10 & 0xFFFF_FFFF_FFFF, r.R10 >> 48);
                if (detail != null) Report.CheckValue(name, r.R8 != 0, detail, r.R9);
                else Report.Check(name, r.R8 != 0);
                return Status.Ok;
            }
            case KdbOp.Bench:
            {
                string name = KernelStrings.FromUser(task, r.Rsi, r.Rdx);
                string what = KernelStrings.FromUser(task, r.R10 & 0xFFFF_FFFF_FFFF, r.R10 >> 48);
                ulong count = r.R9;
                if (name == null || what == null || count == 0 || count > MaxSamples) return Status.BadArgument;
                fixed (ulong* samples = s_samples)
                    if (!UserMemory.CopyIn(task, r.R8, samples, count * 8)) return Status.BadArgument;
                Report.Bench(name, Summary.Of(s_samples, (int)count), what);
                return Status.Ok;
            }
            case KdbOp.Event:
            {
                string kind = KernelStrings.FromUser(task, r.Rsi, r.Rdx);
                string name = KernelStrings.FromUser(task, r.R8, r.R9);
                if (kind == null || name == null) return Status.BadArgument;
                TbLine.Begin(kind).Field("name", name).Field(kind == "recovery" ? "instr" : "value", r.R10).End();
                return Status.Ok;
            }
            case KdbOp.GaveUp:
            {
                // The manager stopped restarting a driver (common/drivers/Faults/RestartBudget).
                string name = KernelStrings.FromUser(task, r.Rsi, r.Rdx);
                if (name == null) return Status.BadArgument;
                TbLine.Begin(Testbed.Protocol.ProtocolNames.Recovery).Field("name", name)
                    .Field("state", Testbed.Protocol.ProtocolNames.RecoveryGaveUp).Field("restarts", r.R8)
                    .Field("window-ticks", RestartBudget.WindowTicks)
                    .Field("what", "driver failed again within the restart window -> driver lost, clients' requests fail").End();
                return Status.Ok;
            }
            case KdbOp.FastPathCount:
                r.Rdi = FastPathHits();
                return Status.Ok;
            case KdbOp.Floor:
                r.Rdi = Benchmarks.KernelFloor.AddressSpaceSwitch(task);
                return Status.Ok;
            case KdbOp.Progress:
            {
                string name = KernelStrings.FromUser(task, r.Rsi & 0xFFFF_FFFF_FFFF, r.Rsi >> 48);
                if (name == null) return Status.BadArgument;
                TbLine.Begin(Testbed.Protocol.ProtocolNames.Progress).Field("name", name).Field("done", r.Rdx).Field("errors", r.R8)
                    .Field("corrupted", r.R9).Field("retries", r.R10 & ~(1UL << 63)).Field("final", (r.R10 >> 63) != 0).End();
                return Status.Ok;
            }
            case KdbOp.FaultPlan:
            {
                // Any task may report (the driver commits in ring 3); the kernel formats the
                // record, so a task can say only which plan and which state, nothing else.
                ulong target = r.Rsi & 0xFF, kind = (r.Rsi >> 8) & 0xFF, state = (r.Rsi >> 16) & 0xFF;
                if (target == 0 || target > (ulong)FaultCatalog.LastTarget || kind == 0 || kind > (ulong)FaultCatalog.LastKind
                    || (state != (ulong)FaultPlanState.Armed && state != (ulong)FaultPlanState.Committed) || r.Rdx > uint.MaxValue)
                    return Status.BadArgument;
                FaultPlanLine.Write(new FaultPlan { Target = (FaultTarget)target, Kind = (InjectedFault)kind, AtRequest = (uint)r.Rdx },
                    (FaultPlanState)state);
                return Status.Ok;
            }
            case KdbOp.CommandLine:
            {
                byte* line = Multiboot.CommandLine;
                ulong length = 0;
                while (line != null && line[length] != 0) length++;
                if (length > r.Rdx) length = r.Rdx;
                if (length > 0 && !UserMemory.CopyFromKernel(task, line, r.Rsi, length)) return Status.BadArgument;
                r.Rdi = length;
                return Status.Ok;
            }
            case KdbOp.Done:
                Boot.KernelMain.ReturnToBoot();
                return Status.Ok;
        }
        return Status.BadArgument;
    }
}
