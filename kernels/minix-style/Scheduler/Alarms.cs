// Alarms set by SYS_SETALARM: at its tick a process gets a notification from CLOCK
// (MINIX 3: the clock task's timers, delivered with mini_notify), sent by the clock task.
namespace MinixStyle.Scheduling;

public static class Alarms
{
    public static bool AnyPending()
    {
        for (int s = 0; s < ProcessTable.Slots; s++)
            if (ProcessTable.Procs[s].AlarmAt != 0 && !ProcessTable.Procs[s].Exited) return true;
        return false;
    }

    /// <summary>Whether an alarm is due at <paramref name="now"/> (the tick's handler asks; the clock task expires them).</summary>
    public static bool Due(ulong now)
    {
        for (int s = 0; s < ProcessTable.Slots; s++)
        {
            ref Proc p = ref ProcessTable.Procs[s];
            if (p.AlarmAt != 0 && p.AlarmAt <= now && !p.Exited) return true;
        }
        return false;
    }

    public static void Expire(ulong now)
    {
        for (int s = 0; s < ProcessTable.Slots; s++)
        {
            ref Proc p = ref ProcessTable.Procs[s];
            if (p.AlarmAt == 0 || p.AlarmAt > now || p.Exited) continue;
            p.AlarmAt = 0;
            Rendezvous.NotifyFrom(Endpoint.Clock, Rendezvous.ClockBit, s);
        }
    }
}
