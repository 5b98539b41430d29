// Block copy and page zeroing through block_memory.S's string instructions: the one copy
// every loader uses (ElfLoader, for every kernel's processes, tasks, drivers and SIPs) and
// the one zeroing every fresh frame gets (PhysicalMemory).
using System.Runtime;
using System.Runtime.CompilerServices;

namespace Testbed.Hal;

public static unsafe class BlockMemory
{
    /// <summary>Copies <paramref name="count"/> bytes; the ranges must not overlap.</summary>
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_block_copy")]
    public static extern void Copy(byte* destination, byte* source, ulong count);

    /// <summary>Zeroes the 4 KiB page at <paramref name="page"/> (page-aligned).</summary>
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "tb_zero_page")]
    public static extern void ZeroPage(ulong page);
}
