// A CPU exception in ring 3 becomes a message from the faulting thread to its task's pager
// (L4 X.2 manual, "Page faults" and "Exception handling"): a page fault carries the
// address, the instruction and the error code, and the pager answers with a mapping for the
// faulting page; any other exception goes the same way, and the pager (a driver manager,
// for example) decides to kill or restart. The faulting thread waits with its registers
// saved and resumes at the faulting instruction once answered. The message also carries when
// the fault entered the kernel and the halted ticks then (MR4, MR5): where a driver
// manager's recovery time starts (docs/recovery.md).
using Testbed.Protocol;

namespace L4Style.Faults;

public static unsafe class UserFaults
{
    public static ulong PageFaults, Exceptions;

    public static bool OnFault(InterruptFrame* frame)
    {
        Tcb* t = ThreadTable.Current;
        if (!frame->FromUserMode || t == null) return false;   // the kernel's own: panic
        InterruptEntry.Save(t, frame);

        // A port outside the loaded I/O bitmap: load this task's, if it has rights, and retry.
        if (frame->Vector == Vectors.GeneralProtection && IoPorts.TryTakeOwnership(t->Task))
            Scheduler.Run(t);
        t->KernelMr4 = FaultEntry.Tsc;       // nothing between the dispatch and here halts or faults
        t->KernelMr5 = IdleClock.Halted;

        bool pageFault = frame->Vector == Vectors.PageFault;
        ulong address = pageFault ? Cpu.ReadCr2() : frame->Vector;
        t->KernelKind = pageFault ? Kind.PageFault : Kind.Exception;
        t->KernelMr0 = address;
        t->KernelMr1 = frame->Rip;
        t->KernelMr2 = frame->ErrorCode;
        t->KernelMr3 = (ulong)t->Task->Id;
        t->ReceiveWindow = Fpage.Make(address, 0, writable: true);
        if (pageFault) PageFaults++; else Exceptions++;

        // Every user fault is reported, the ones a pager will serve too (they are rare here:
        // the page-fault tests and drivers that fault).
        Tcb* pager = t->Task->Pager;
        {
            TbLine.Begin(ProtocolNames.Fault).Field("name", Vectors.ExceptionName(frame->Vector))
                .Field("vector", frame->Vector).Address("error", frame->ErrorCode).Address("rip", frame->Rip)
                .Address("address", pageFault ? address : frame->Rip).Field("task", (ulong)t->Task->Id)
                .Field("ring", 3UL).Field("handled", pager != null ? "pager" : "killed").End();
        }
        if (pager == null || pager == t)
        {
            ThreadLifecycle.Kill(t);
            Scheduler.Reschedule();
        }
        IpcSlowPath.KernelSend(t, pager, waitForReply: true);
        return true;
    }
}
