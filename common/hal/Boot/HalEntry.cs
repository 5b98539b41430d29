// From the Multiboot stub to the kernel: bring up the HAL in dependency order, say hello
// on the result channel, run the kernel's main, and power off with its verdict.
using System.Runtime;
using System.Runtime.CompilerServices;
using Testbed.Protocol;

namespace Testbed.Hal;

public static unsafe class HalEntry
{
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_modules_start")] private static extern void** ModulesStart();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_modules_end")] private static extern void** ModulesEnd();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_image_end")] private static extern ulong ImageEnd();

    // Supplied by the kernel image.
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_kernel_main")] private static extern void KernelMain();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_kernel_name")] private static extern string KernelName();

    [RuntimeExport("tb_hal_entry")]
    private static void Entry(uint magic, uint multibootInfo)
    {
        // Nothing here may touch a static of reference type until ModuleStartup has run.
        Uart16550.Initialize();
        ulong reservedEnd = ImageEnd();
        ulong loaderEnd = magic == Multiboot.BootloaderMagic ? Multiboot.HighestLoaderAddress(multibootInfo) : 0;
        if (loaderEnd > reservedEnd) reservedEnd = loaderEnd;
        KernelHeap.Initialize((reservedEnd + 0xFFF) & ~0xFFFUL);
        if (!Testbed.Runtime.ModuleStartup.Initialize(ModulesStart(), ModulesEnd()))
            Panic.Halt("unrecognised module header from the AOT compiler");
        if (magic != Multiboot.BootloaderMagic) Panic.Halt("not started by a Multiboot loader");

        Multiboot.Initialize(multibootInfo);
        PhysicalMemory.Initialize(KernelHeap.End);
        Tss.Initialize();
        Interrupts.Initialize();
        Pic.Initialize();
        SystemCalls.Initialize();
        AddressSpace.Initialize();
        Thread.Initialize();

        TbLine.Begin(ProtocolNames.Hello).Field("kernel", KernelName()).FieldCString("cmdline", Multiboot.CommandLine).End();
        BootWordCheck.Run();
        if (!CommandLine.Has("probe")) KernelMain();

        Cpu.DisableInterrupts();
        bool ok = Report.ChecksFailed == 0;
        TbLine.Begin(ProtocolNames.Done).Field("ok", ok).Field("checks", (ulong)(Report.ChecksPassed + Report.ChecksFailed))
            .Field("failed", (ulong)Report.ChecksFailed).End();
        Power.Exit(ok ? ProtocolNames.ExitClean : ProtocolNames.ExitChecksFailed);
    }
}
