// SYS_SETALARM (MINIX 3: do_setalarm): a notification from CLOCK after A1 ticks (0
// cancels); answers the ticks the previous alarm had left in A1.
namespace MinixStyle.KernelCalls;

public static unsafe class DoSetAlarm
{
    public static long Handle(int caller, Message* m)
    {
        ref Proc p = ref ProcessTable.Procs[caller];
        ulong left = p.AlarmAt > Clock.Ticks ? p.AlarmAt - Clock.Ticks : 0;
        p.AlarmAt = m->A1 == 0 ? 0 : Clock.Ticks + m->A1;
        m->A1 = left;
        return IpcStatus.Ok;
    }
}
