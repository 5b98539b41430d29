// What the kernel offers its drivers (the driver side is NooksDriverServices): DMA memory,
// waiting for an interrupt, a log line, the clock, a way to report its own runtime
// faults, and the fault-plan record of a planned fault it is about to commit. These are the plain kernel functions; Isolation/Wrappers wraps each of them.
using Testbed.Drivers.Environment;
using Testbed.Drivers.Faults;

namespace NooksStyle.Drivers;

public static unsafe class DriverServices
{
    public static void AllocateDma(uint bytes, DmaBuffer* buffer)
    {
        *buffer = IsolationManager.Current.Region.AllocateDma(bytes);
    }

    public static int WaitForInterrupt(int irq, ulong ticks) => InterruptLines.Wait(irq, ticks) ? 1 : 0;

    public static void Log(char* text, int length, ulong value)
    {
        Console.Write("[driver ");
        Console.Write(IsolationManager.Current.Name);
        Console.Write("] ");
        for (int i = 0; i < length; i++) Console.Write(text[i]);
        Console.Write(' ');
        Console.WriteDecimal(value);
        Console.Write('\n');
    }

    public static void Failed(int kind) => IsolationManager.RuntimeFault(kind);

    public static ulong Clock() => Cpu.ReadTsc();

    public static void FaultCommitting(uint target, uint kind, uint at) => FaultPlanLine.Write(
        new FaultPlan { Target = (FaultTarget)target, Kind = (InjectedFault)kind, AtRequest = at }, FaultPlanState.Committed);
}
