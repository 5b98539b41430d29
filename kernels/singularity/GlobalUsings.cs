// What every file of the kernel project may name without a using: the kernel's own
// namespaces (its folders Abi, Tasks, Scheduler, Memory, Ipc, Drivers, Faults, Checks,
// Benchmarks and Boot are one program, not libraries), the HAL it is built on, and the
// runtime's attribute namespaces ([RuntimeExport], [MethodImpl], ...). The ABI files that
// SIPs share (Processes/) are compiled there too, without this file, and keep their usings.
global using System.Runtime;
global using System.Runtime.CompilerServices;
global using Testbed.Hal;
global using Singularity.Abi;
global using Singularity.Benchmarks;
global using Singularity.Boot;
global using Singularity.Checks;
global using Singularity.Drivers;
global using Singularity.Faults;
global using Singularity.Ipc;
global using Singularity.Memory;
global using Singularity.Scheduling;
global using Singularity.Tasks;
