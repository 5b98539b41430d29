// What every file of the kernel project may name without a using: the kernel's own
// namespaces (its folders Abi, Tasks, Memory, Syscalls, Isolation, Drivers, Checks,
// Benchmarks and Boot are one program, not libraries), the HAL it is built on, and the
// runtime's attribute namespaces ([RuntimeExport], [MethodImpl], ...). The ABI files are
// compiled into the driver images and the applications too (Processes/), without this
// file, and keep their usings.
global using System.Runtime;
global using System.Runtime.CompilerServices;
global using Testbed.Hal;
global using NooksStyle.Abi;
global using NooksStyle.Benchmarks;
global using NooksStyle.Boot;
global using NooksStyle.Checks;
global using NooksStyle.Drivers;
global using NooksStyle.Isolation;
global using NooksStyle.Isolation.Wrappers;
global using NooksStyle.Memory;
global using NooksStyle.Syscalls;
global using NooksStyle.Tasks;
