// A message buffer the kernel accepts: 64-byte aligned inside a 128-byte room. Rooms are
// static fields (the image's data, never moved), since neither the stack nor the runtime's
// allocator promises an alignment above 16 bytes.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MinixStyle.Processes.MinixLib;

[StructLayout(LayoutKind.Sequential, Size = 2 * Message.Size)]
public struct MessageRoom
{
    /// <summary>The 64-byte-aligned message inside a static room.</summary>
    public static unsafe Message* Aligned(ref MessageRoom room) => (Message*)(((ulong)Unsafe.AsPointer(ref room) + 63) & ~63UL);
}
