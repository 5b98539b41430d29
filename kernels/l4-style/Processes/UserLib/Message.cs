// A message as the user library passes it to l4_ipc (offsets are l4_ipc.S's contract).
using System.Runtime.InteropServices;

namespace L4Style.Processes.UserLib;

[StructLayout(LayoutKind.Sequential)]
public struct Message
{
    public ulong Descriptor;
    public ulong Mr0, Mr1, Mr2, Mr3, Mr4, Mr5;
    public ulong Badge;
    public ulong SendString, SendLength;           // SendLength doubles as the tick timeout (Op.ReceiveTimeoutTicks)
    public ulong ReceiveBuffer, ReceiveCapacity;
    public ulong Window;

    /// <summary>Message register <paramref name="index"/> (0 to 5).</summary>
    public readonly ulong Word(int index) => index switch { 0 => Mr0, 1 => Mr1, 2 => Mr2, 3 => Mr3, 4 => Mr4, _ => Mr5 };
}

/// <summary>What l4_ipc returned: status, kind of message, string length.</summary>
public readonly struct IpcResult
{
    public readonly ulong Raw;
    public IpcResult(ulong raw) { Raw = raw; }
    public ulong Status => Raw & 0xFF;
    public ulong Kind => (Raw >> 8) & 0xFF;
    public ulong StringLength => Raw >> 32;
    public bool Ok => Status == L4Style.Abi.Status.Ok;
}
