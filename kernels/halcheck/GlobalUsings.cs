// What every file of the kernel project may name without a using: the kernel's own
// namespaces (its folders Abi, Tasks, Scheduler, Checks, Benchmarks and Boot are one
// program, not libraries), the HAL it checks, and the runtime's attribute namespaces
// ([RuntimeExport], [MethodImpl], ...). Abi/HalcheckCalls.cs is compiled into the user
// program too (Processes/HalcheckUser), without this file, and keeps its usings.
global using System.Runtime;
global using System.Runtime.CompilerServices;
global using Testbed.Hal;
global using Halcheck.Abi;
global using Halcheck.Benchmarks;
global using Halcheck.Boot;
global using Halcheck.Checks;
global using Halcheck.Scheduling;
global using Halcheck.Tasks;
