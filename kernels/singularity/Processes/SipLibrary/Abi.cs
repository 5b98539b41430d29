// The kernel ABI as direct calls (sip_entry.S stubs). Internal: SIPs use the safe
// wrappers (Sip, ExBlock, ContractEndpoint, ...), never raw handles or pointers.
using System.Runtime;
using System.Runtime.CompilerServices;
using Singularity.Abi;

namespace Singularity.Processes.SipLibrary;

internal static unsafe class Abi
{
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_abi_null")] public static extern ulong Null();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_abi_exit")] public static extern void Exit(long code);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_abi_fault")] public static extern void Fault(long kind);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_abi_yield")] public static extern void Yield();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_abi_allocate_pages")] public static extern ulong AllocatePages(ulong count);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_abi_exchange_allocate")] public static extern long ExchangeAllocate(ulong length);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_abi_exchange_free")] public static extern long ExchangeFree(ulong block);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_abi_send")] public static extern long Send(ulong endpoint, ulong tag, long a0, long a1, long a2, ulong block);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_abi_send_receive")] public static extern long SendReceive(ulong endpoint, ulong tag, long a0, long a1, ulong block, Message* into);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_abi_receive")] public static extern long Receive(ulong endpoint, Message* into);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_abi_close")] public static extern void Close(ulong endpoint);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_abi_register")] public static extern long Register(string path, long[] transitions);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_abi_connect")] public static extern long Connect(string path);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_abi_accept")] public static extern long Accept(ulong listener);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_abi_log")] public static extern void Log(string text);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_abi_report_check")] public static extern void ReportCheck(string name, bool ok, ulong detail);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_abi_report_bench")] public static extern void ReportBench(string name, ulong[] samples, int count, string what);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_rdtsc")] public static extern ulong ReadTsc();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_abi_sleep")] public static extern void Sleep(ulong ticks);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_abi_wait_irq")] public static extern long WaitIrq(ulong line, ulong ticks);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_abi_idle_tsc")] public static extern ulong IdleTsc();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_abi_allocate_dma")] public static extern ulong AllocateDma(ulong bytes);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "sip_abi_report_progress")] public static extern void ReportProgress(ulong workload, ulong done, ulong errors, ulong corrupted, ulong retries, ulong final);
}
