namespace Testbed.Hal;

/// <summary>The GDT selectors (Boot/multiboot_entry.S). The order is fixed by syscall/sysret.</summary>
public static class Segments
{
    public const ushort KernelCode = 0x08;
    public const ushort KernelData = 0x10;
    public const ushort UserData = 0x18 | 3;
    public const ushort UserCode = 0x20 | 3;
    public const ushort Tss = 0x28;
}
