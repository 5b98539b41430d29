// What every file of the kernel project may name without a using: the kernel's own
// namespaces (its folders Abi, Tasks, Scheduler, Ipc, Memory, Faults, Drivers and Debug are
// one program, not libraries), the HAL it is built on, and the runtime's attribute
// namespaces ([RuntimeExport], [MethodImpl], ...). The ABI files are also compiled into the
// user library (Processes/UserLib), which does not see this file, so they keep their own usings.
global using System.Runtime;
global using System.Runtime.CompilerServices;
global using Testbed.Hal;
global using L4Style.Abi;
global using L4Style.Debug;
global using L4Style.Drivers;
global using L4Style.Faults;
global using L4Style.Ipc;
global using L4Style.Ipc.KernelCalls;
global using L4Style.Memory;
global using L4Style.Scheduling;
global using L4Style.Tasks;
