// Static memory a process hands to others by grant, aligned as the kernel wants it: a 4 KiB
// block on a page of its own (so each SYS_SAFECOPY of it is one page on this side) and a grant
// table whose entries never straddle a page. Static fields: the image's data, never moved.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MinixStyle.Processes.MinixLib;

[StructLayout(LayoutKind.Sequential, Size = 2 * 4096)]
public struct BlockRoom
{
    public static unsafe byte* Aligned(ref BlockRoom room) => (byte*)(((ulong)Unsafe.AsPointer(ref room) + 4095) & ~4095UL);
}

[StructLayout(LayoutKind.Sequential, Size = (Entries + 1) * Grant.Size)]
public struct GrantTableRoom
{
    public const int Entries = 8;
    public static unsafe Grant* Aligned(ref GrantTableRoom room) => (Grant*)(((ulong)Unsafe.AsPointer(ref room) + Grant.Size - 1) & ~(ulong)(Grant.Size - 1));
}
