// What every file of the kernel project may name without a using: the kernel's own
// namespaces (its folders are one program, not libraries), the HAL, the runtime's
// attribute namespaces. The Abi files are compiled into the ring-3 programs too, without
// this file, and keep their usings.
global using System.Runtime;
global using System.Runtime.CompilerServices;
global using Testbed.Guest.Measure;
global using Testbed.Hal;
global using Testbed.Drivers.Faults;
global using MinixStyle.Abi;
global using MinixStyle.Benchmarks;
global using MinixStyle.Boot;
global using MinixStyle.Checks;
global using MinixStyle.Drivers;
global using MinixStyle.Faults;
global using MinixStyle.Ipc;
global using MinixStyle.KernelCalls;
global using MinixStyle.Memory;
global using MinixStyle.Scheduling;
global using MinixStyle.Tasks;
