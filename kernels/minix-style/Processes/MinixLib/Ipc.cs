// The IPC primitives as ring 3 calls them: one syscall each, the message by address (it
// must be 64-byte aligned: see the kernel's Ipc/UserMessage.cs). Returns IpcStatus.
using Testbed.Process;

namespace MinixStyle.Processes.MinixLib;

public static unsafe class Ipc
{
    public static long Send(int to, Message* m) => (long)Syscall.Invoke(IpcCall.Send, (ulong)(long)to, (ulong)m);
    public static long SendNb(int to, Message* m) => (long)Syscall.Invoke(IpcCall.SendNb, (ulong)(long)to, (ulong)m);
    public static long Receive(int from, Message* m) => (long)Syscall.Invoke(IpcCall.Receive, (ulong)(long)from, (ulong)m);
    public static long SendRec(int to, Message* m) => (long)Syscall.Invoke(IpcCall.SendRec, (ulong)(long)to, (ulong)m);
    /// <summary>A server's reply to <paramref name="to"/> from <paramref name="m"/>, then its next request into <paramref name="m"/>, from anyone.</summary>
    public static long ReplyReceive(int to, Message* m) => (long)Syscall.Invoke(IpcCall.ReplyReceive, (ulong)(long)to, (ulong)m);
    public static long Notify(int to) => (long)Syscall.Invoke(IpcCall.Notify, (ulong)(long)to, 0);

    /// <summary>A kernel call: <paramref name="m"/>'s Type is the call number; the answer comes back in it.</summary>
    public static long KernelCall(Message* m) => (long)Syscall.Invoke(IpcCall.KernelCall, 0, (ulong)m);
}
