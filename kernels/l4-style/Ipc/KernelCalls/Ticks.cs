// Op.Ticks: -> MR0 = timer ticks since boot, MR1 = counter ticks the kernel spent halted
// (idle), for benchmarks to subtract.

namespace L4Style.Ipc.KernelCalls;

public static unsafe class Ticks
{
    public static ulong Handle(Tcb* t, ref Registers r)
    {
        r.Rdi = Scheduler.Ticks;
        r.Rsi = Testbed.Hal.IdleClock.Halted;
        return Status.Ok;
    }
}
