// A span of ASCII text inside a boot module (the composed system manifest stays in memory
// for the kernel's lifetime), compared against C# strings without allocating.

namespace Singularity.Boot;

public unsafe struct ByteText
{
    public byte* Start;
    public int Length;

    public ByteText(byte* start, int length) { Start = start; Length = length; }

    public bool IsEmpty => Length == 0;

    public bool Is(string text)
    {
        if ((object)text == null || text.Length != Length) return false;
        for (int i = 0; i < Length; i++)
            if (Start[i] != text[i]) return false;
        return true;
    }

    /// <summary>True if the module's file name (last component of its path) is this text.</summary>
    public bool NamesModule(BootModule module)
    {
        byte* p = module.CommandLine;
        byte* name = p;
        while (*p != 0 && *p != ' ')
        {
            if (*p == '/') name = p + 1;
            p++;
        }
        if ((int)(p - name) != Length) return false;
        for (int i = 0; i < Length; i++)
            if (name[i] != Start[i]) return false;
        return true;
    }

    public ulong ParseNumber()
    {
        ulong value = 0;
        int i = 0;
        bool hex = Length > 2 && Start[0] == '0' && (Start[1] == 'x' || Start[1] == 'X');
        if (hex) i = 2;
        for (; i < Length; i++)
        {
            byte c = Start[i];
            ulong digit = c >= '0' && c <= '9' ? (ulong)(c - '0')
                : c >= 'a' && c <= 'f' ? (ulong)(c - 'a' + 10)
                : c >= 'A' && c <= 'F' ? (ulong)(c - 'A' + 10) : 99;
            if (digit >= (hex ? 16UL : 10UL)) break;
            value = value * (hex ? 16UL : 10UL) + digit;
        }
        return value;
    }

    public ulong ParseHex()
    {
        ulong value = 0;
        for (int i = 0; i < Length; i++)
        {
            byte c = Start[i];
            ulong digit = c >= '0' && c <= '9' ? (ulong)(c - '0') : c >= 'a' && c <= 'f' ? (ulong)(c - 'a' + 10) : c >= 'A' && c <= 'F' ? (ulong)(c - 'A' + 10) : 99;
            if (digit > 15) break;
            value = value * 16 + digit;
        }
        return value;
    }

    public void Write()
    {
        for (int i = 0; i < Length; i++) Console.Write((char)Start[i]);
    }
}
