// The channel fast path's view of the kernel's IPC objects (Ipc/channel_fastpath.S):
// fixed-layout cells in kernel memory that the assembly reads at constant offsets, kept
// in step by the C# objects that own them (Endpoint, Sip). The C# code stays the
// authority; the cells only hold what the fast path needs to hand a message to a
// blocked receiver and switch to its thread without the scheduler. The offsets are
// checked against the assembly's at boot (FastPath.Initialize), so a layout change
// fails loudly instead of corrupting memory.
using System.Runtime.InteropServices;

namespace Singularity.Ipc;

/// <summary>One per live SIP (a SIP has one thread).</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct SipCell
{
    public ulong Thread;            // 0   its Testbed.Hal.Thread, as an address
    public ulong Sip;               // 8   its Sips.Sip, as an address
    public ulong Ticks;             // 16  timer ticks since it last blocked (the watchdog's count)
    public ulong Id;                // 24  its exchange-heap owner id
    public SipCell* NextFree;       // 32

    public const int Size = 40;
}

/// <summary>One per endpoint handle (Endpoints.Capacity of them, 64 bytes each).</summary>
[StructLayout(LayoutKind.Sequential)]
public unsafe struct EndpointCell
{
    public SipCell* Owner;          // 0   the SIP holding this end; null while the handle is free
    public EndpointCell* Peer;      // 8   the other end, or FastPath.Closed once it is gone
    public Message* WaiterBuffer;   // 16  set while the owner blocks in receive with nothing queued
    public long Count;              // 24  messages queued here (the fast path only runs with none)
    public sbyte* Row;              // 32  contract table for this side: next state = Row[state * MaxTags + tag]
    public int State;               // 40  the channel's protocol state (both ends' cells hold it)
    public int Handle;              // 44
    public Message* Into;           // 48  the buffer of the fast path's last wait on this end
    private fixed byte _pad[8];     // 56

    public const int Size = 64;
}
