// IPC from C#: send, receive, call, reply-and-wait over l4_ipc, with the message in a
// Message struct on the caller's stack.
using System.Runtime;
using System.Runtime.CompilerServices;
using L4Style.Abi;

namespace L4Style.Processes.UserLib;

public static unsafe class Ipc
{
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "l4_ipc")]
    public static extern ulong Raw(Message* message);

    public static IpcResult Call(ref Message m, ulong slot, ulong flags = 0)
    {
        m.Descriptor = Op.Ipc(Op.Call, slot) | flags;
        fixed (Message* p = &m) return new IpcResult(Raw(p));
    }

    public static IpcResult Send(ref Message m, ulong slot, ulong flags = 0)
    {
        m.Descriptor = Op.Ipc(Op.Send, slot) | flags;
        fixed (Message* p = &m) return new IpcResult(Raw(p));
    }

    /// <summary>Receive from anyone (fromSlot 0), from one thread, or from the interrupt line (Op.IrqSource).</summary>
    public static IpcResult Receive(ref Message m, ulong fromSlot = 0, ulong flags = 0)
    {
        m.Descriptor = Op.Ipc(Op.Receive, 0, fromSlot) | flags;
        fixed (Message* p = &m) return new IpcResult(Raw(p));
    }

    /// <summary>Receive with a timeout in timer ticks (r13 carries it: no string is sent with a receive).</summary>
    public static IpcResult ReceiveFor(ref Message m, ulong ticks, ulong fromSlot = 0)
    {
        m.SendLength = ticks;
        m.Descriptor = Op.Ipc(Op.Receive, 0, fromSlot) | Op.ReceiveTimeoutTicks;
        fixed (Message* p = &m) return new IpcResult(Raw(p));
    }

    /// <summary>A call whose reply must come within <paramref name="ticks"/> timer ticks (else status Timeout).</summary>
    public static IpcResult CallFor(ref Message m, ulong slot, ulong ticks)
    {
        m.SendLength = ticks;
        m.Descriptor = Op.Ipc(Op.Call, slot) | Op.ReceiveTimeoutTicks;
        fixed (Message* p = &m) return new IpcResult(Raw(p));
    }

    public static IpcResult ReplyWait(ref Message m, ulong flags = 0)
    {
        m.Descriptor = Op.ReplyWait | flags;
        fixed (Message* p = &m) return new IpcResult(Raw(p));
    }
}
