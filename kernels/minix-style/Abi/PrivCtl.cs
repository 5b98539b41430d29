// SYS_PRIVCTL (MINIX 3: do_privctl, kernel/system/do_privctl.c): RS gives a service the
// privileges system.conf names for it (EDCC 2006, section 4), then lets it run. Every field
// travels in the request message itself, so the kernel copies nothing from RS's memory.
namespace MinixStyle.Abi;

public static class PrivCtl
{
    /// <summary>A2 of the request: what to do to the process A1.</summary>
    public const ulong SetSystem = 1;   // A3..A7 below become its privileges (MINIX: SYS_PRIV_SET_SYS)
    public const ulong Allow = 2;       // a process loaded without privileges may run now (MINIX: SYS_PRIV_ALLOW, clears RTS_NO_PRIV)
    public const ulong SetUser = 3;     // A3, A4 become what every child PM forks gets (MINIX: the shared user privilege); A1 unused

    /// <summary>A3: the kernel-call mask (bit 1 &lt;&lt; KernelCallNumber) and the primitive mask (bit 1 &lt;&lt; IpcCall).</summary>
    public static ulong Masks(uint calls, uint primitives) => calls | (ulong)primitives << 32;
    public static uint Calls(ulong a3) => (uint)a3;
    public static uint Primitives(ulong a3) => (uint)(a3 >> 32);

    // A4: the send mask by process-table slot (Privileges.SendTo).

    /// <summary>A5 (ranges 0 and 1) and A6 (2 and 3): an I/O port range as base | count &lt;&lt; 16 (count 0 = none).</summary>
    public static ulong Ranges(uint first, uint second) => first | (ulong)second << 32;
    public static uint Range(ulong a5, int which) => (uint)(a5 >> (32 * which));

    /// <summary>A7: the IRQ line (NoIrq: none) and a PCI id whose I/O BARs (and line, if no IRQ is named) are added, as MINIX 3's PCI server does with pci_reserve.</summary>
    public static ulong Device(byte irq, ushort pciVendor, ushort pciDevice) => irq | (ulong)pciVendor << 16 | (ulong)pciDevice << 32;
    public static byte Irq(ulong a7) => (byte)a7;
    public static ushort PciVendor(ulong a7) => (ushort)(a7 >> 16);
    public static ushort PciDevice(ulong a7) => (ushort)(a7 >> 32);
    public const byte NoIrq = 0xFF;
}
