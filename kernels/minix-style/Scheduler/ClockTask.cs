// The clock task (MINIX 3: kernel/clock.c's clock_task, a process of its own in the kernel's
// address space, like the system task): the tick's interrupt handler only counts time and
// charges the quantum; when an alarm is due it wakes this task, which turns each due alarm
// into a notification from CLOCK. The task runs at the highest priority, so it runs as soon
// as the handler has woken it.
namespace MinixStyle.Scheduling;

public static unsafe class ClockTask
{
    public const int Priority = 0;

    private static TaskMessageRoom s_wake;

    /// <summary>How often the task has run to deliver alarms (a boot check: it is a process that runs).</summary>
    public static ulong Rounds;

    public static void Start() =>
        KernelTask.Start(ProcessTable.ClockSlot, Endpoint.Clock, Priority, new Privileges { SendTo = (1UL << ProcessTable.Slots) - 1 }, &Run, &Ended);

    /// <summary>From the tick's handler: wake the task if an alarm is due (a notification from the kernel).</summary>
    public static void Tick(ulong now)
    {
        if (Alarms.Due(now)) Rendezvous.NotifyFrom(Endpoint.Kernel, Rendezvous.KernelBit, ProcessTable.ClockSlot);
    }

    private static void Run(ulong unused)
    {
        Cpu.DisableInterrupts();        // as the system task: the kernel is not preemptible
        int self = ProcessTable.ClockSlot;
        Message* m = TaskMessageRoom.Of(ref s_wake);
        for (;;)
        {
            if (Rendezvous.Receive(self, Endpoint.Kernel, (ulong)m) != IpcStatus.Ok) continue;
            Rounds++;
            Alarms.Expire(Clock.Ticks);
        }
    }

    private static void Ended() => Panic.Halt("minix-style: the clock task returned");
}
