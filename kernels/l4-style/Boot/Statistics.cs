// A summary of what the kernel did, on the boot log (not a result record): how much IPC
// took the fast path, how often the scheduler preempted, what faulted.

namespace L4Style.Boot;

public static class Statistics
{
    public static void Report()
    {
        Console.Write("l4-style: slow-path entries ");
        Console.WriteDecimal(SystemCall.SlowPathEntries);
        Console.Write(", slow transfers ");
        Console.WriteDecimal(IpcSlowPath.Transfers);
        Console.Write(", refused sends ");
        Console.WriteDecimal(IpcSlowPath.Refused);
        Console.Write(", ticks ");
        Console.WriteDecimal(Scheduler.Ticks);
        Console.Write(", preemptions ");
        Console.WriteDecimal(Scheduler.Preemptions);
        Console.Write(", page faults ");
        Console.WriteDecimal(UserFaults.PageFaults);
        Console.Write(", exceptions ");
        Console.WriteDecimal(UserFaults.Exceptions);
        Console.Write(", interrupts as IPC ");
        Console.WriteDecimal(IrqIpc.Delivered);
        Console.Write(", I/O bitmap loads ");
        Console.WriteDecimal(IoPorts.BitmapSwitches);
        Console.Write(", pages mapped ");
        Console.WriteDecimal(MapItems.PagesMapped);
        Console.Write(", granted ");
        Console.WriteDecimal(MapItems.PagesGranted);
        Console.WriteLine("");
    }
}
