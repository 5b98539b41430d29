// The first C# a SIP runs: remember what the kernel handed over, bring the SIP's own
// runtime copy to life (its statics), run the SIP's `tb_sip_main`, and exit with its code.
using System.Runtime;
using System.Runtime.CompilerServices;
using Singularity.Abi;

namespace Singularity.Processes.SipLibrary;

public static unsafe class SipStart
{
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_modules_start")] private static extern void** ModulesStart();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_modules_end")] private static extern void** ModulesEnd();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_sip_main")] private static extern long SipMain(long argument);

    [RuntimeExport("tb_sip_start")]
    private static void Start(StartInfo* info)
    {
        // Only primitive statics until ModuleStartup has run.
        Sip.Id = info->SipId;
        Sip.ArgumentValue = (long)info->Argument;
        ExBlock.Base = info->ExchangeBase;
        ExBlock.Count = info->ExchangeBlocks;
        IoPorts.GrantedBase = info->PortBase;
        IoPorts.GrantedCount = info->PortCount;
        IoPorts.GrantedBase2 = info->PortBase2;
        IoPorts.GrantedCount2 = info->PortCount2;
        IoPorts.GrantedPciBase = info->PciPortBase;
        IoPorts.GrantedPciCount = info->PciPortCount;
        Sip.IrqLine = (long)info->Irq;
        Sip.IrqLine2 = (long)info->Irq2;
        Sip.FaultKindValue = info->FaultKind;
        Sip.FaultAtValue = info->FaultAt;
        Sip.KernelAbiTableValue = info->AbiTable;
        if (!Testbed.Runtime.ModuleStartup.Initialize(ModulesStart(), ModulesEnd())) Abi.Exit(-1);
        Abi.Exit(SipMain(Sip.ArgumentValue));
    }

    // A failed runtime check (range, cast, throw, overflow...) ends this SIP, nothing else.
    [RuntimeExport("tb_runtime_fault")]
    private static void RuntimeFault(int kind) => Abi.Fault(kind);
}
