// SYS_TIMES (MINIX 3: do_times): the clock's ticks since boot, for RS's heartbeat deadlines
// and restart windows.
namespace MinixStyle.KernelCalls;

public static unsafe class DoTimes
{
    public static long Handle(int caller, Message* m)
    {
        m->A1 = Clock.Ticks;
        return IpcStatus.Ok;
    }
}
