// Text output on the serial console, without allocating: safe in a panic.
namespace Testbed.Hal;

public static unsafe class Console
{
    public static void Write(string text)
    {
        for (int i = 0; i < text.Length; i++) Uart16550.Write((byte)text[i]);
    }

    public static void WriteLine(string text)
    {
        Write(text);
        Uart16550.Write((byte)'\n');
    }

    public static void Write(char c) => Uart16550.Write((byte)c);

    public static void WriteCString(byte* text)
    {
        if (text == null) return;
        while (*text != 0) Uart16550.Write(*text++);
    }

    public static void WriteDecimal(ulong value)
    {
        byte* digits = stackalloc byte[20];
        int count = 0;
        do
        {
            digits[count++] = (byte)('0' + value % 10);
            value /= 10;
        } while (value != 0);
        while (count > 0) Uart16550.Write(digits[--count]);
    }

    public static void WriteHex(ulong value)
    {
        Write("0x");
        bool started = false;
        for (int shift = 60; shift >= 0; shift -= 4)
        {
            int nibble = (int)((value >> shift) & 0xF);
            if (nibble == 0 && !started && shift != 0) continue;
            started = true;
            Uart16550.Write((byte)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10));
        }
    }
}
