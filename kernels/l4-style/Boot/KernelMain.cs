// The l4-style kernel's boot: tables, the kernel stack, its own system-call entry, the
// root task with all user memory, then into ring 3 for good. The boot thread comes back
// only when the root task says it is done; the HAL then reports and powers off.
// Command line: iterations=N (benchmark samples), sigma0=PAGES (user memory), and the
// words of RootOptions; all of it reaches the root task in its start argument.

namespace L4Style.Boot;

public static unsafe class KernelMain
{
    public const int RootModule = 0;
    public const int RootPriority = 100;
    private const int KernelStackSize = 64 * 1024;

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4_syscall_entry_address")] private static extern ulong SyscallEntry();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4_set_kernel_stack")] private static extern void SetKernelStack(ulong top);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4_set_tss_iomap")] private static extern void SetTssIoMap(ushort* field);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4_leave_boot")] private static extern void LeaveBoot(ulong* saveRsp, Tcb* first);
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4_return_to_boot")] private static extern void ReturnToBootStack(ulong savedRsp);

    private static ulong s_bootRsp;

    [RuntimeExport("tb_kernel_name")]
    private static string Name() => "l4-style";

    [RuntimeExport("tb_kernel_main")]
    private static void Main()
    {
        ulong iterations = CommandLine.Iterations(max: 20000);
        ulong sigma0Pages = CommandLine.Number("sigma0", 4096);

        ThreadTable.Initialize();
        KernelCallTable.Install();
        TaskTable.Initialize();
        Scheduler.Initialize();
        MappingDatabase.Initialize();
        IrqIpc.Initialize();

        ulong stack = (ulong)KernelHeap.Allocate(KernelStackSize, 16);
        SetKernelStack(stack + KernelStackSize);
        Tss.SetKernelStack(stack + KernelStackSize);
        SetTssIoMap(Tss.IoMapBaseField);
        *Tss.IoMapBaseField = Tss.NoIoBitmap;
        Interrupts.FaultHandler = &UserFaults.OnFault;
        SystemCalls.SetEntryPoint(SyscallEntry());

        Tcb* root = ThreadLifecycle.CreateTask(RootModule, 0, RootPriority, null, out Task* rootTask);
        if (root == null) Panic.Halt("l4-style: cannot load the root task (boot module 0)");
        rootTask->Privileged = 1;
        Sigma0.GiveMemory(rootTask, sigma0Pages);
        root->Regs.Rdi = RootArgument.Pack(Sigma0.Pages, iterations, RootOptions.FromCommandLine());

        Scheduler.StartPreemption();
        LeaveBoot((ulong*)Unsafe.AsPointer(ref s_bootRsp), root);

        // Back from the root task's Done: stop the clock and let the HAL report.
        Pit.Stop();
        Cpu.WriteCr3(AddressSpace.Kernel.Root);
        Statistics.Report();
    }

    public static void ReturnToBoot() => ReturnToBootStack(s_bootRsp);
}
