// The hardware floor measured inside this kernel, in the same boot as the IPC figures:
// a CR3 switch to another task's space and back (halcheck's address-space.switch). The
// other part of the floor, the null system call, is measured by the root task in ring 3.
using Testbed.Guest.Measure;

namespace L4Style.Benchmarks;

public static unsafe class KernelFloor
{
    public static ulong AddressSpaceSwitch(Task* caller)
    {
        ulong overhead = TscReadCost.Measure();
        ulong other = AddressSpace.Kernel.Root;
        ulong home = caller->Cr3;
        ulong best = ulong.MaxValue;
        for (int i = 0; i < 64; i++)
        {
            ulong start = Cpu.ReadTsc();
            Cpu.WriteCr3(other);
            Cpu.WriteCr3(home);
            ulong cost = Cpu.ReadTsc() - start - overhead;
            if (cost < best) best = cost;
        }
        return best;
    }
}
