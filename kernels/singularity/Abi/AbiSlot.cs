// The kernel ABI of the singularity personality: a fixed table of kernel entry points
// that a SIP reaches by an ordinary call (Singularity paper, section 2.2: "the kernel
// ABI ... calls are not traps"). The kernel fills the table; the SIP's trusted library
// (Processes/SipLibrary/sip_entry.S) jumps through it. This file is compiled into both sides, so the two
// agree on every slot by construction.
namespace Singularity.Abi;

public static class AbiSlot
{
    public const int Null = 0;              // ulong ()                          the minimum kernel API call
    public const int Exit = 1;              // void (long code)                  never returns
    public const int Fault = 2;             // void (long kind)                  never returns: the SIP is killed
    public const int Yield = 3;             // void ()
    public const int AllocatePages = 4;     // ulong (ulong count)               heap pages for the SIP's allocator, 0 if refused
    public const int ExchangeAllocate = 5;  // long (ulong length)               a block of the exchange heap, owned by the caller
    public const int ExchangeFree = 6;      // long (ulong block)
    public const int Send = 7;              // long (ulong endpoint, ulong tag, ulong a0, ulong a1, ulong a2, ulong block+1)
    public const int Receive = 8;           // long (ulong endpoint, Message* into)  tag, or ChannelClosed
    public const int Close = 9;             // void (ulong endpoint)
    public const int Register = 10;         // long (string path)                a listener for a service path
    public const int Connect = 11;          // long (string path)                the importing endpoint of a new channel
    public const int Accept = 12;           // long (ulong listener)             the exporting endpoint of the next connection
    public const int Log = 13;              // void (string text)
    public const int ReportCheck = 14;      // void (string name, bool ok, ulong detail)
    public const int ReportBench = 15;      // void (string name, ulong[] samples, int count, string what)
    public const int ReadTsc = 16;          // ulong ()                          (kept for SIPs without their own rdtsc)
    public const int WaitIrq = 17;          // long (ulong line, ulong ticks)    1 when a line it was granted fired, 0 after `ticks` timer ticks
    public const int ReportProgress = 18;   // void (ulong workload, ulong done, ulong errors, ulong corrupted, ulong retries, ulong final); workload FaultCommittingReport: see below
    public const int Sleep = 19;            // void (ulong ticks)                 blocks for that many timer ticks (1 ms)
    public const int AllocateDma = 20;      // ulong (ulong bytes)               physically contiguous, zeroed memory a device may reach (0 if refused)
    public const int IdleTsc = 21;          // ulong ()                          counter ticks the CPU spent halted so far (icount warps them)
    public const int SendReceive = 22;      // long (ulong endpoint, ulong tag, ulong a0, ulong a1, ulong block+1, Message* into)  send, then receive on the same end
    public const int Count = 23;

    /// <summary>
    /// ReportProgress's workload id that is no workload: the SIP is about to commit its planned
    /// fault (done = its kind, errors = its request), and the kernel writes the fault-plan
    /// record. A report through an existing slot rather than a slot of its own: every SIP
    /// image carries the slot table, and the loader's copy of it is part of the process
    /// creation figures.
    /// </summary>
    public const ulong FaultCommittingReport = 0xFA;

    /// <summary>
    /// ReportProgress's workload id for a recovery's end (docs/recovery.md): the client holds
    /// the successful reply of its first request after a driver fault; done = the counter
    /// then, errors = the halted ticks then. Through the same slot, for the same reason.
    /// </summary>
    public const ulong RecoveryReplyReport = 0xFB;

    // Results.
    public const long ChannelClosed = -1;
    public const long Refused = -2;
}

/// <summary>What the kernel hands a SIP's first thread (in rdi), laid out for both sides.</summary>
public struct StartInfo
{
    public ulong AbiTable;          // address of AbiSlot.Count entry points
    public ulong SipId;             // the owner id the exchange heap records for this SIP
    public ulong ExchangeBase;      // the exchange heap: ExchangeBlocks blocks of ExchangeBlockSize bytes
    public ulong ExchangeBlocks;
    public ulong Argument;          // what the kernel asks the SIP to do
    public ulong PortBase;          // the I/O port ranges its manifest declares (0, 0 if none)
    public ulong PortCount;
    public ulong PortBase2;
    public ulong PortCount2;
    public ulong Irq;               // its manifest's IRQ line (or its first PCI device's), or ulong.MaxValue
    public ulong Irq2;              // its second PCI device's line, or ulong.MaxValue
    public ulong FaultKind;         // a fault to commit (common/drivers/Faults InjectedFault), from the command line
    public ulong FaultAt;
    public ulong PciPortBase;       // the I/O BAR of its manifest's PCI BAR claim (bus-master registers), found on the bus; 0, 0 if none or withheld
    public ulong PciPortCount;
}

/// <summary>One received message, as the kernel writes it into the SIP's buffer.</summary>
public struct Message
{
    public long Tag;
    public long A0, A1, A2;
    public long Block;              // exchange block index + 1, or 0 for none
}

/// <summary>Exchange heap layout, shared by the kernel (allocation, transfer) and SIPs (access checks).</summary>
public static class ExchangeLayout
{
    public const int BlockSize = 8192;         // a 4 KiB disk block or an Ethernet frame fits
    public const int HeaderSize = 16;           // owner id (8), length (4), reserved (4)
    public const int MaxPayload = BlockSize - HeaderSize;
}

/// <summary>Fault kinds beyond the runtime's (Testbed.Runtime.FaultKind), raised by SIP-side checks.</summary>
public static class SipFaultKind
{
    public const int NotOwner = 100;            // exchange block accessed by a SIP that does not own it
    public const int ContractViolation = 101;   // message not allowed in the channel's current state
    public const int BadHandle = 102;           // endpoint or block handle the SIP does not hold
    public const int Undeclared = 103;          // resource or channel its manifest does not declare
    public const int StackOverflow = 104;
    public const int Watchdog = 105;
}
