// The root task's line to the result channel (L4's kernel debugger interface, put to our
// use): checks and benchmark summaries measured in ring 3 are printed by the kernel as
// @tb records (common/protocol/PROTOCOL.md), and the root task says when it is done.
using System.Runtime;
using System.Runtime.CompilerServices;
using L4.Abi;
using L4.Memory;
using L4.Tasks;
using L4.Threads;
using Testbed.Hal;

namespace L4.Debug;

public static unsafe class KernelDebug
{
    public const int MaxSamples = 20000;
    private static ulong[] s_samples = new ulong[MaxSamples];

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4_get_fastpath_hits")] private static extern ulong FastPathHits();

    public static ulong Run(Tcb* t)
    {
        ref Registers r = ref t->Regs;
        Task* task = t->Task;
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
            case KdbOp.FastPathCount:
                r.Rdi = FastPathHits();
                return Status.Ok;
            case KdbOp.Floor:
                r.Rdi = Benchmarks.KernelFloor.AddressSpaceSwitch(task);
                return Status.Ok;
            case KdbOp.Done:
                Boot.KernelMain.ReturnToBoot();
                return Status.Ok;
        }
        return Status.BadArgument;
    }
}
