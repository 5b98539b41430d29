// The one IPC message format: fixed length, 64 bytes, as in MINIX 3 (include/minix/ipc.h:
// m_source, m_type, then a union of payload layouts). The kernel copies a whole message
// from the sender's memory to the receiver's; nothing else crosses an address space by IPC.
using System.Runtime.InteropServices;

namespace MinixStyle.Abi;

[StructLayout(LayoutKind.Sequential, Size = Size)]
public struct Message
{
    public const int Size = 64;

    /// <summary>The sender's endpoint, filled in by the kernel (a receiver can trust it).</summary>
    public int Source;
    /// <summary>The request or reply type; a notification's type is <see cref="Notification.Type"/>.</summary>
    public int Type;
    public ulong A1, A2, A3, A4, A5, A6, A7;
}
