// The legacy 8259A interrupt controllers, remapped to vectors 32-47 (the BIOS leaves
// them on top of the CPU exceptions). Every line starts masked; drivers unmask theirs.
namespace Testbed.Hal;

public static class Pic
{
    private const ushort PrimaryCommand = 0x20, PrimaryData = 0x21, SecondaryCommand = 0xA0, SecondaryData = 0xA1;
    private const byte EndOfInterruptCommand = 0x20, ReadInServiceCommand = 0x0B;
    private static ushort s_mask = 0xFFFF;

    internal static void Initialize()
    {
        Cpu.OutByte(PrimaryCommand, 0x11);          // ICW1: edge triggered, cascade, ICW4 follows
        Cpu.OutByte(SecondaryCommand, 0x11);
        Cpu.OutByte(PrimaryData, Vectors.IrqBase);  // ICW2: vector offsets
        Cpu.OutByte(SecondaryData, Vectors.IrqBase + 8);
        Cpu.OutByte(PrimaryData, 0x04);             // ICW3: secondary on line 2
        Cpu.OutByte(SecondaryData, 0x02);
        Cpu.OutByte(PrimaryData, 0x01);             // ICW4: 8086 mode
        Cpu.OutByte(SecondaryData, 0x01);
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

    internal static void EndOfInterrupt(int line)
    {
        if (line >= 8) Cpu.OutByte(SecondaryCommand, EndOfInterruptCommand);
        Cpu.OutByte(PrimaryCommand, EndOfInterruptCommand);
    }

    // Lines 7 and 15 fire spuriously when a request vanishes; the in-service register tells.
    internal static bool IsSpurious(int line)
    {
        if (line == 7)
        {
            Cpu.OutByte(PrimaryCommand, ReadInServiceCommand);
            return (Cpu.InByte(PrimaryCommand) & 0x80) == 0;
        }
        if (line == 15)
        {
            Cpu.OutByte(SecondaryCommand, ReadInServiceCommand);
            if ((Cpu.InByte(SecondaryCommand) & 0x80) != 0) return false;
            Cpu.OutByte(PrimaryCommand, EndOfInterruptCommand);
            return true;
        }
        return false;
    }

    private static void WriteMask()
    {
        Cpu.OutByte(PrimaryData, (byte)s_mask);
        Cpu.OutByte(SecondaryData, (byte)(s_mask >> 8));
    }
}
