// Writes a fault-plan record (common/drivers/Faults/FaultRecord.cs) on the result channel
// from ring 0: for a kernel that arms a plan, or that relays a driver's or a SIP's report
// that it is committing one.
using Testbed.Drivers.Faults;

namespace Testbed.Hal;

public static unsafe class FaultPlanLine
{
    public static void Write(in FaultPlan plan, FaultPlanState state)
    {
        byte* line = stackalloc byte[FaultRecord.Capacity];
        int length = FaultRecord.Format(line, plan, state);
        for (int i = 0; i < length; i++) Uart16550.Write(line[i]);
        Uart16550.Write((byte)'\n');
    }
}
