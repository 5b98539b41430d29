// The legacy 8259A interrupt controllers, remapped to vectors 32-47 (the BIOS leaves
// them on top of the CPU exceptions). Every line starts masked; drivers unmask theirs.
using Testbed.Guest.Ports;

namespace Testbed.Hal;

public static class Pic
{
    private const ushort PrimaryCommand = 0x20, PrimaryData = 0x21, SecondaryCommand = 0xA0, SecondaryData = 0xA1;
    private const byte EndOfInterruptCommand = 0x20, ReadInServiceCommand = 0x0B;
    private static ushort s_mask = 0xFFFF;

    internal static void Initialize()
    {
        PortInstructions.Out8(PrimaryCommand, 0x11);          // ICW1: edge triggered, cascade, ICW4 follows
        PortInstructions.Out8(SecondaryCommand, 0x11);
        PortInstructions.Out8(PrimaryData, Vectors.IrqBase);  // ICW2: vector offsets
        PortInstructions.Out8(SecondaryData, Vectors.IrqBase + 8);
        PortInstructions.Out8(PrimaryData, 0x04);             // ICW3: secondary on line 2
        PortInstructions.Out8(SecondaryData, 0x02);
        PortInstructions.Out8(PrimaryData, 0x01);             // ICW4: 8086 mode
        PortInstructions.Out8(SecondaryData, 0x01);
        s_mask = 0xFFFF & ~(1 << 2);                // the cascade line stays open
        WriteMask();
    }

    public static void Unmask(int line)
    {
        s_mask &= (ushort)~(1 << line);
        WriteMask();
    }

    public static void Mask(int line)
    {
        s_mask |= (ushort)(1 << line);
        WriteMask();
    }

    /// <summary>True while the line is masked in the interrupt mask register (OCW1).</summary>
    public static bool IsMasked(int line) => (s_mask & (1 << line)) != 0;

    internal static void EndOfInterrupt(int line)
    {
        if (line >= 8) PortInstructions.Out8(SecondaryCommand, EndOfInterruptCommand);
        PortInstructions.Out8(PrimaryCommand, EndOfInterruptCommand);
    }

    // Lines 7 and 15 fire spuriously when a request vanishes; the in-service register tells.
    internal static bool IsSpurious(int line)
    {
        if (line == 7)
        {
            PortInstructions.Out8(PrimaryCommand, ReadInServiceCommand);
            return (PortInstructions.In8(PrimaryCommand) & 0x80) == 0;
        }
        if (line == 15)
        {
            PortInstructions.Out8(SecondaryCommand, ReadInServiceCommand);
            if ((PortInstructions.In8(SecondaryCommand) & 0x80) != 0) return false;
            PortInstructions.Out8(PrimaryCommand, EndOfInterruptCommand);
            return true;
        }
        return false;
    }

    private static void WriteMask()
    {
        PortInstructions.Out8(PrimaryData, (byte)s_mask);
        PortInstructions.Out8(SecondaryData, (byte)(s_mask >> 8));
    }
}
