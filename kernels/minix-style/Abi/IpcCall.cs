// The system-call interface: rdi = what, rsi = endpoint, rdx = address of a 64-byte-aligned
// Message in the caller's memory. IPC primitives after MINIX 3's kernel/proc.c (mini_send,
// mini_receive, mini_notify); kernel calls go to the system task (kernel/system.c) through
// their own number, as MINIX 3.2's kernel_call trap does.
namespace MinixStyle.Abi;

public static class IpcCall
{
    public const ulong Send = 1;        // blocks until the receiver takes the message
    public const ulong Receive = 2;     // blocks until a message from the endpoint (or Any) arrives
    public const ulong SendRec = 3;     // Send, then Receive from the same endpoint: one trap
    public const ulong Notify = 4;      // never blocks: a pending bit at the receiver
    public const ulong SendNb = 5;      // Send, but fails with NotReady instead of blocking
    public const ulong KernelCall = 6;  // a request to the system task: message Type = call number
    public const ulong ReplyReceive = 7; // a server's Send of its reply, then Receive from Any into the same message: one trap

    /// <summary>The highest primitive number; a privilege's primitive mask has bit (1 &lt;&lt; primitive).</summary>
    public const int LastPrimitive = 5;
}

/// <summary>Process endpoints: kernel tasks below zero, as in MINIX 3 (include/minix/com.h).</summary>
public static class Endpoint
{
    /// <summary>The process table's fixed size; an endpoint of generation g names slot e % Slots (Tasks/ProcessTable.cs).</summary>
    public const int Slots = 32;
    public const int Any = 0x7ACE;      // receive from anyone
    public const int None = 0x6ACE;
    public const int Hardware = -4;     // the source of interrupt notifications (their lines in A1)
    public const int Clock = -3;
    public const int System = -2;
    public const int Kernel = -1;       // the source of notifications the kernel raises (interrupts)
    public const int Pm = 0;
    public const int IpcTest = 1;
    public const int UserIpcTest = 2;      // ipc-test again, with a user process's privileges
    public const int JumpIntoData = 3, WriteText = 4;   // ipc-test as the two separate-I&D probes
    public const int Ds = 5;
    public const int RtcDriver = 6;
    public const int Rs = 9;
    public const int Fs = 16;           // the file server (a fixed endpoint, as MINIX's VFS: its clients reach it without DS)
    public const int FsClient = 17;     // the file workload (Processes/FsClient)            // the reincarnation server (never restarted itself: MINIX 3's RS_PROC_NR)
    public const int AtaDriver = 7;        // the shared ATA driver (Processes/AtaDriver)
    public const int BlockClient = 8;      // its raw block client: disk integrity and the disk figures (Processes/BlockBench)
    public const int Rtl8139Driver = 10;   // the shared RTL8139 driver, both NICs (Processes/Rtl8139Driver)
    public const int NetServer = 11;       // the network server between user processes and the driver (Processes/NetServer)
    public const int NetClient = 12;       // its client: the net-echo workload and the net figures (Processes/NetBench)
}

/// <summary>
/// What an IPC or kernel call returns in rax: 0, or a negative code after MINIX's errno
/// values. BadEndpoint (EBADSRCDST): no such process. CallDenied (ECALLDENIED): the primitive,
/// target or call is not in the caller's privileges. Deadlock (ELOCKED): the send would close
/// a cycle of senders. NotReady (ENOTREADY): sendnb found no receiver waiting. BadAddress
/// (EFAULT): the message is not in the caller's memory. BadCall (EBADREQUEST): no such
/// kernel call or request. DeadSource (EDEADSRCDST): the partner ended during the rendezvous.
/// NoMemory (ENOMEM): the kernel had no frames left for what was asked.
/// BadGrant (EPERM from safecopy): no such grant, not to the caller, revoked, or not for this access or range.
/// </summary>
public static class IpcStatus
{
    public const long Ok = 0, BadEndpoint = -1, CallDenied = -2, Deadlock = -3, NotReady = -4, BadAddress = -5, BadCall = -6, DeadSource = -7, BadGrant = -8, NoMemory = -9;
}

/// <summary>A notification as the receiver sees it (MINIX: NOTIFY_MESSAGE, with the sender in m_source).</summary>
public static class Notification
{
    public const int Type = 0x1000;
}
