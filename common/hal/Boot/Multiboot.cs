// What the Multiboot (v1) loader tells us: memory map, command line, boot modules.
// Specification: "Multiboot Specification version 0.6.96", section 3.3.
namespace Testbed.Hal;

public unsafe struct BootModule
{
    public ulong Start;
    public ulong End;
    public byte* CommandLine;     // NUL-terminated; QEMU puts the file path first

    public ulong Size => End - Start;

    /// <summary>True if the module's file name (last path component of its first word) is <paramref name="name"/>.</summary>
    public bool IsNamed(string name)
    {
        byte* p = CommandLine;
        byte* nameStart = p;
        while (*p != 0 && *p != ' ')
        {
            if (*p == '/') nameStart = p + 1;
            p++;
        }
        int length = (int)(p - nameStart);
        if (length != name.Length) return false;
        for (int i = 0; i < length; i++)
            if (nameStart[i] != name[i]) return false;
        return true;
    }

    /// <summary>As IsNamed(string), for a name of <paramref name="length"/> bytes at <paramref name="name"/> (a name a process sent, no string made).</summary>
    public bool IsNamed(byte* name, int length)
    {
        byte* p = CommandLine;
        byte* nameStart = p;
        while (*p != 0 && *p != ' ')
        {
            if (*p == '/') nameStart = p + 1;
            p++;
        }
        if (p - nameStart != length) return false;
        for (int i = 0; i < length; i++)
            if (nameStart[i] != name[i]) return false;
        return true;
    }
}

public static unsafe class Multiboot
{
    public const uint BootloaderMagic = 0x2BADB002;

    private struct Info
    {
        public uint Flags, MemLower, MemUpper, BootDevice, CommandLine, ModsCount, ModsAddr;
        public uint Syms0, Syms1, Syms2, Syms3;
        public uint MmapLength, MmapAddr;
    }

    private static Info* s_info;

    public static byte* CommandLine { get; private set; }
    public static int ModuleCount { get; private set; }

    internal static void Initialize(uint info)
    {
        s_info = (Info*)info;
        CommandLine = (s_info->Flags & (1 << 2)) != 0 ? (byte*)s_info->CommandLine : null;
        ModuleCount = (s_info->Flags & (1 << 3)) != 0 ? (int)s_info->ModsCount : 0;
    }

    public static BootModule Module(int index)
    {
        uint* entry = (uint*)(s_info->ModsAddr + (uint)index * 16);
        return new BootModule { Start = entry[0], End = entry[1], CommandLine = (byte*)entry[2] };
    }

    public static bool TryFindModule(string name, out BootModule module)
    {
        for (int i = 0; i < ModuleCount; i++)
        {
            module = Module(i);
            if (module.IsNamed(name)) return true;
        }
        module = default;
        return false;
    }

    /// <summary>The module named by <paramref name="length"/> bytes at <paramref name="name"/> (kernels/minix-style's exec of a boot image by name).</summary>
    public static bool TryFindModule(byte* name, int length, out BootModule module)
    {
        for (int i = 0; i < ModuleCount; i++)
        {
            module = Module(i);
            if (module.IsNamed(name, length)) return true;
        }
        module = default;
        return false;
    }

    /// <summary>
    /// Highest address used by the loader's data (the info block, command line, module
    /// list, modules and their strings, memory map): QEMU puts them just past the kernel
    /// image, where the kernel heap would otherwise start.
    /// </summary>
    internal static ulong HighestLoaderAddress(uint info)
    {
        var raw = (Info*)info;
        ulong end = info + (ulong)sizeof(Info);
        if ((raw->Flags & (1 << 2)) != 0) end = Max(end, StringEnd((byte*)raw->CommandLine));
        if ((raw->Flags & (1 << 3)) != 0)
        {
            end = Max(end, raw->ModsAddr + (ulong)raw->ModsCount * 16);
            for (uint i = 0; i < raw->ModsCount; i++)
            {
                uint* entry = (uint*)(raw->ModsAddr + i * 16);
                end = Max(end, entry[1]);
                end = Max(end, StringEnd((byte*)entry[2]));
            }
        }
        if ((raw->Flags & (1 << 6)) != 0) end = Max(end, (ulong)raw->MmapAddr + raw->MmapLength);
        return end;
    }

    private static ulong Max(ulong a, ulong b) => a > b ? a : b;

    private static ulong StringEnd(byte* text)
    {
        if (text == null) return 0;
        while (*text != 0) text++;
        return (ulong)text + 1;
    }

    /// <summary>Calls <paramref name="visit"/> for each usable RAM range of the memory map.</summary>
    internal static void ForEachAvailableRange(delegate*<ulong, ulong, void> visit)
    {
        if ((s_info->Flags & (1 << 6)) == 0)
        {
            visit(0x100000, (ulong)s_info->MemUpper * 1024);
            return;
        }
        byte* entry = (byte*)s_info->MmapAddr;
        byte* end = entry + s_info->MmapLength;
        while (entry < end)
        {
            uint size = *(uint*)entry;
            ulong baseAddress = *(ulong*)(entry + 4);
            ulong length = *(ulong*)(entry + 12);
            uint type = *(uint*)(entry + 20);
            if (type == 1) visit(baseAddress, length);
            entry += size + 4;
        }
    }
}
