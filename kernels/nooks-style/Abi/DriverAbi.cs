// The boundary between the nooks-style kernel and a driver image: two tables of function
// pointers, compiled into both sides. The driver fills DriverExports at load; the kernel
// gives it KernelServices. With isolation on, every entry of both tables is reached
// through a wrapper (Isolation/Wrappers): these eight functions are the whole interface.
using System.Runtime.InteropServices;
using Testbed.Drivers.Environment;
using Testbed.Drivers.Requests;

namespace NooksStyle.Abi;

[StructLayout(LayoutKind.Sequential)]
public unsafe struct DriverExports
{
    /// <summary>Configuration call: start the devices (a shadow driver logs and replays it).</summary>
    public delegate*<DriverConfig*, DriverInfo*, void> Start;
    /// <summary>One request (BlockRequest or PacketRequest) and its reply.</summary>
    public delegate*<void*, void*, void> Request;
}

[StructLayout(LayoutKind.Sequential)]
public unsafe struct KernelServices
{
    public delegate*<uint, DmaBuffer*, void> AllocateDma;
    public delegate*<int, ulong, int> WaitForInterrupt;
    public delegate*<char*, int, ulong, void> Log;
    /// <summary>The driver's own runtime detected a fault (range check, failed cast...): never returns.</summary>
    public delegate*<int, void> Failed;
    public delegate*<ulong> Clock;
    /// <summary>The driver is about to commit its planned fault (target, kind, request): the kernel writes the fault-plan record.</summary>
    public delegate*<uint, uint, uint, void> FaultCommitting;
}
