// The driver environment of a SIP (common/drivers IDriverEnv): port access only within the
// ranges its manifest declares (IoPorts objects the SIP was granted), DMA memory from the
// kernel's pool for its slot, its IRQ lines through the kernel ABI, the clock, and the
// fault plan the kernel handed over. A wild write aims at kernel data, as in the other
// kernels: the kernel's ABI table, slot Null (its entry points for every SIP started
// later). The shared driver runs as trusted ring-0 code here, in the kernel's address
// space, so nothing stops the write: see the kernel's README for what follows.
using Singularity.Processes.SipLibrary;
using Testbed.Drivers.Environment;
using Testbed.Drivers.Faults;
using Testbed.Guest.Ports;

namespace Singularity.Processes.DriverGlue;

public unsafe struct SipDriverEnv : IDriverEnv
{
    public IoPorts Ports;         // ATA: the command block; NIC: device 0's registers
    public IoPorts Control;       // ATA: the control block; NIC: device 1's registers (or null)
    public IoPorts BusMaster;     // ATA: the channel's bus-master DMA registers (or null: PIO)
    public FaultPlan Plan;
    /// <summary>The kernel's ABI table's first slot (AbiSlot.Null): kernel data.</summary>
    public static ulong WildWriteTarget => Sip.KernelAbiTable + (ulong)Singularity.Abi.AbiSlot.Null * 8;

    /// <summary>The fault the kernel asks this SIP's driver to commit (command line `fault=`).</summary>
    public static FaultPlan InjectedFault(FaultTarget target) => new FaultPlan
    {
        Target = target,
        Kind = (InjectedFault)Sip.InjectedFaultKind,
        AtRequest = (uint)Sip.InjectedFaultAt,
        WildWriteTarget = WildWriteTarget,
    };

    private IoPorts For(ushort port, int width)
    {
        if (Ports != null && port >= Ports.Base && port + width <= Ports.Base + Ports.Count) return Ports;
        if (Control != null && port >= Control.Base && port + width <= Control.Base + Control.Count) return Control;
        if (BusMaster != null && port >= BusMaster.Base && port + width <= BusMaster.Base + BusMaster.Count) return BusMaster;
        Sip.Fail(Singularity.Abi.SipFaultKind.Undeclared);
        return null;
    }

    public byte In8(ushort port) { IoPorts p = For(port, 1); return p.ReadByte(port - p.Base); }
    public ushort In16(ushort port) { IoPorts p = For(port, 2); return p.ReadWord(port - p.Base); }
    public uint In32(ushort port) { IoPorts p = For(port, 4); return p.ReadDword(port - p.Base); }
    public void Out8(ushort port, byte value) { IoPorts p = For(port, 1); p.WriteByte(port - p.Base, value); }
    public void Out16(ushort port, ushort value) { IoPorts p = For(port, 2); p.WriteWord(port - p.Base, value); }
    public void Out32(ushort port, uint value) { IoPorts p = For(port, 4); p.WriteDword(port - p.Base, value); }

    public void In16String(ushort port, void* destination, int words)
    {
        For(port, 2);
        PortInstructions.In16String(port, destination, words);
    }

    public void Out16String(ushort port, void* source, int words)
    {
        For(port, 2);
        PortInstructions.Out16String(port, source, words);
    }

    // From the kernel's DMA pool for this SIP's slot (reused by a restarted instance).
    public DmaBuffer AllocateDma(uint bytes)
    {
        ulong address = Sip.AllocateDma(bytes);
        return address == 0 ? default : new DmaBuffer { Virtual = (byte*)address, Physical = address, Size = bytes };
    }

    public bool WaitForInterrupt(int irq, ulong timeoutTicks) => Sip.WaitForInterrupt(irq, timeoutTicks);

    public ulong Clock() => Sip.ReadTsc();

    public void Log(string what, ulong value) => Sip.Log(what);

    public FaultPlan FaultPlan => Plan;

    public void FaultCommitting(in FaultPlan plan) => Sip.FaultCommitting((long)plan.Kind, plan.AtRequest);
}
