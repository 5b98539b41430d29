// One slot of the process table (MINIX 3: struct proc, kernel/proc.h): the IPC state the
// rendezvous needs, the pending notifications, the privileges. Slots are fixed at boot.
namespace MinixStyle.Tasks;

public struct Proc
{
    public bool InUse;
    public int Endpoint;
    public int Priority;                // 0 is the highest (MINIX: TASK_Q); see Scheduler
    /// <summary>The next process in this one's run queue, while it is ready (MINIX: p_nextready).</summary>
    public int NextReady;

    // Why the process is not runnable (MINIX: p_rts_flags); none set and InUse = ready.
    public bool Sending, Receiving;
    /// <summary>In the receive half of a sendrec: notifications wait (MINIX: MF_REPLY_PEND).</summary>
    public bool ReplyPending;
    public int SendTo;                  // slot, while Sending
    public int ReceiveFrom;             // endpoint or Endpoint.Any, while Receiving
    /// <summary>The caller's message in its own memory, while Sending or Receiving.</summary>
    public ulong Message;
    /// <summary>The first process blocked sending to this one, then each one's NextSender (MINIX: p_caller_q).</summary>
    public int FirstSender, NextSender;
    /// <summary>Bit (1 &lt;&lt; slot) per process with a notification pending here, and Rendezvous.ClockBit for CLOCK (MINIX: the priv's notify_pending).</summary>
    public ulong NotifyPending;
    /// <summary>The page of the last message the kernel resolved for this process and its page table entry (Ipc/UserMessage.cs; 0 = none).</summary>
    public ulong MessagePage, MessagePageEntry;
    /// <summary>Bit (1 &lt;&lt; line) of each attached IRQ line that fired since the last notification was taken.</summary>
    public ushort IrqPending;
    /// <summary>The tick of this process's alarm (0 = none; Scheduler/Alarms.cs).</summary>
    public ulong AlarmAt;
    /// <summary>Ticks left of its quantum (Scheduler/Clock.cs).</summary>
    public int QuantumLeft;
    /// <summary>What the blocked call returns when the process runs again.</summary>
    public long Result;

    public bool Exited;
    public int ExitCode;

    // For the IPC fast path (Ipc/ipc_fastpath.S), which reads this struct at the offsets its
    // layout check (Ipc/FastPath.cs) compares at boot. What a switch to this process needs,
    // set when it is admitted (FastPath.Bind): its HAL thread and address space as object
    // addresses, its kernel stack top, its page table root (0 for a kernel task).
    public ulong ThreadAddress, KernelStackTop, SpaceAddress, SpaceRoot;
    /// <summary>MessagePage if its entry is present, user and writable, else 0; and physical minus virtual address on it (Ipc/UserMessage.cs).</summary>
    public ulong WritableMessagePage, MessagePhysicalOffset;

    /// <summary>Last of the fields the fast path reads: it grows as drivers get more rights, and nothing before it moves then.</summary>
    public Privileges Privileges;

    /// <summary>A server or driver (RS's to restart), not one of the run's workloads.</summary>
    public bool Service;
    /// <summary>It ended and PM has not yet collected the report (SYS_GETINFO NextDeath).</summary>
    public bool DeathUnreported;
    /// <summary>The start argument of its boot image entry (RS restarts with it, or without its fault plan).</summary>
    public ulong BootArgument;

    /// <summary>Where this process keeps its grant table and its entries (SYS_SETGRANT; 0 entries = none).</summary>
    public ulong GrantTable;
    public int GrantCount;

    /// <summary>The priority it was given; Priority drops below it while it uses whole quanta (Scheduler.Tick).</summary>
    public int BasePriority;

    /// <summary>Loaded, but not runnable until RS has given it its system.conf privileges (MINIX: RTS_NO_PRIV; KernelCalls/DoPrivCtl.cs).</summary>
    public bool AwaitingPrivileges;
    /// <summary>Its privileges came from RS by SYS_PRIVCTL (the check that system.conf's are the ones in force).</summary>
    public bool PrivilegesFromRs;

    public readonly bool Ready => InUse && !Exited && !Sending && !Receiving;
}
