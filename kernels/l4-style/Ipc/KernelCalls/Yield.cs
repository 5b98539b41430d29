// Op.Yield: the caller goes to the back of its priority's ready queue and the scheduler
// picks again. Its status is stored first: if another thread runs, this one resumes from
// its TCB later and never comes back through the dispatcher's store.

namespace L4Style.Ipc.KernelCalls;

public static unsafe class Yield
{
    public static ulong Handle(Tcb* t, ref Registers r)
    {
        r.Rax = Status.Ok;
        Scheduler.MakeReady(t);
        Scheduler.Reschedule();
        return Status.Ok;
    }
}
