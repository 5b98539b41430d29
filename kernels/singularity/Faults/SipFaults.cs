// CPU exceptions in ring 0 under this personality: every SIP runs in ring 0, so a fault in
// SIP code arrives as a kernel-mode exception. The faulting instruction's address says
// whose it is: inside the running SIP's image, the SIP is killed and the kernel goes on;
// anywhere else it is a kernel bug, and the kernel panics. A stack overflow hits the
// unmapped guard page below the SIP's stack; the CPU cannot push the page-fault frame
// there and raises a double fault (on its own IST stack), which we attribute the same way.

namespace Singularity.Faults;

public static unsafe class SipFaults
{
    public static void Install()
    {
        for (int vector = 0; vector < 32; vector++)
        {
            if (vector == 2 || vector == 18) continue;     // NMI, machine check: not a SIP's doing
            Interrupts.SetHandler(vector, &OnException);
        }
    }

    private static void OnException(InterruptFrame* frame)
    {
        Sip sip = Scheduler.CurrentSip;
        if (sip != null && sip.IsAlive)
        {
            // A driver's recovery starts where its fault entered the kernel (docs/recovery.md).
            if (sip.Manifest.Driver) Drivers.RecoveryStamps.Begin(sip, FaultEntry.Tsc);
            if (frame->Vector == Vectors.DoubleFault && InStackGuard(sip, frame->Rsp))
                SipLifecycle.Kill(sip, SipFaultKind.StackOverflow);
            if (sip.OwnsCode(frame->Rip))
            {
                if (frame->Vector == Vectors.PageFault && Cpu.ReadCr2() < 4096) SipLifecycle.Kill(sip, (long)Testbed.Runtime.FaultKind.NullReference);
                if (frame->Vector == Vectors.DivideError) SipLifecycle.Kill(sip, (long)Testbed.Runtime.FaultKind.DivideByZero);
                if (frame->Vector == Vectors.PageFault && InStackGuard(sip, Cpu.ReadCr2())) SipLifecycle.Kill(sip, SipFaultKind.StackOverflow);
                SipLifecycle.Kill(sip, FaultKinds.CpuBase + (long)frame->Vector);
            }
        }
        Panic.Halt(Vectors.ExceptionName(frame->Vector), frame);
    }

    // The guard page below the stack, and a little below it (a frame can skip into it).
    private static bool InStackGuard(Sip sip, ulong address)
    {
        ulong stackBottom = SipRegion.StackTop(sip.Slot) - (ulong)sip.StackPages * 4096;
        return address < stackBottom + 64 && address >= stackBottom - 8 * 4096;
    }
}
