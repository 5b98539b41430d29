// A process's privileges as data (MINIX 3: struct priv, kernel/priv.h): which IPC
// primitives it may use, which processes it may send to, which kernel calls it may make.
// Every IPC and kernel call is checked against them before anything else happens.
namespace MinixStyle.Tasks;

public unsafe struct Privileges
{
    /// <summary>Bit (1 &lt;&lt; IpcCall primitive): MINIX's trap mask.</summary>
    public uint Primitives;
    /// <summary>Bit (1 &lt;&lt; slot) of every process this one may send or notify: MINIX's send mask.</summary>
    public ulong SendTo;
    /// <summary>Bit (1 &lt;&lt; KernelCallNumber): MINIX's call mask.</summary>
    public uint Calls;
    /// <summary>The I/O port ranges a driver may reach through SYS_DEVIO, SDEVIO and VDEVIO (MINIX: the priv's io table): base | count &lt;&lt; 16, count 0 = unused.</summary>
    public fixed uint IoRanges[MaxIoRanges];
    public const int MaxIoRanges = 4;
    /// <summary>Bit (1 &lt;&lt; line) of each IRQ line it may attach and enable (MINIX: the priv's irq table).</summary>
    public ushort IrqLines;

    public readonly bool MayUse(ulong primitive) => primitive < 32 && (Primitives & (1u << (int)primitive)) != 0;
    public readonly bool MaySendTo(int slot) => (SendTo & (1UL << slot)) != 0;
    public bool MayUsePorts(ulong port, ulong width)
    {
        if (port > 0xFFFF || width > 4) return false;
        // Unsigned: a port below a range's base wraps far above its count.
        for (int i = 0; i < MaxIoRanges; i++)
        {
            uint range = IoRanges[i];
            if (port - (range & 0xFFFF) + width <= range >> 16) return true;
        }
        return false;
    }

    /// <summary>Adds a port range (at boot); false if all MaxIoRanges are taken.</summary>
    public bool AddPorts(ushort first, ushort count)
    {
        for (int i = 0; i < MaxIoRanges; i++)
            if (IoRanges[i] >> 16 == 0) { IoRanges[i] = first | (uint)count << 16; return true; }
        return false;
    }
    public readonly bool MayUseIrq(ulong line) => line < 16 && (IrqLines & (1 << (int)line)) != 0;
    public readonly bool MayCall(int call) => call >= 0 && call < 32 && (Calls & (1u << call)) != 0;

    public const uint AllPrimitives = (1u << (int)IpcCall.Send) | (1u << (int)IpcCall.Receive) | (1u << (int)IpcCall.SendRec)
        | (1u << (int)IpcCall.Notify) | (1u << (int)IpcCall.SendNb) | (1u << (int)IpcCall.KernelCall) | (1u << (int)IpcCall.ReplyReceive);
    /// <summary>A user process: sendrec only (MINIX: USR_T), so it can never leave a server blocked on it.</summary>
    public const uint UserPrimitives = 1u << (int)IpcCall.SendRec;
    /// <summary>A user process's privileges: sendrec only, only to PM, no kernel call (PM's children get them).</summary>
    public static Privileges User => new Privileges { Primitives = UserPrimitives, SendTo = 1UL << Endpoint.Pm, Calls = 0 };
}
