// The l4-style system-call ABI, compiled into both the kernel and the user library so that
// the two cannot disagree. The register contract is in Ipc/ipc_entry.S.
//
//   rax in : operation descriptor (below)          rax out: status | kind << 8 | string length << 32
//   rdi, rsi, rdx, r8, r9, r10: message registers MR0..MR5, in both directions
//   rbx out: the sender's badge (its thread id; 0x1000 + line for an interrupt)
//   r12, r13: string to send (pointer, length)     r14, r15: string receive buffer (pointer, capacity)
//   r13 also: a finite receive timeout in timer ticks (ReceiveTimeoutTicks, not with a string)
//   rbp: receive window for a map item (an fpage; 0 = none)
//   rcx, r11: destroyed by syscall/sysret; every other register is destroyed too, except rsp
//   (the user stub saves what its caller needs: see Processes/UserLib/l4_ipc.S).
namespace L4Style.Abi;

public static class Op
{
    // IPC (Liedtke, "Improving IPC by kernel design", SOSP 1993, section 5.2: call and
    // reply-and-wait combine two IPCs in one kernel entry).
    public const ulong Send = 1;
    public const ulong Receive = 2;
    public const ulong Call = 3;
    public const ulong ReplyWait = 4;

    // Kernel calls (slow path only).
    public const ulong Null = 16;
    public const ulong ThreadCreate = 17;   // MR0 = rip, MR1 = rsp, MR2 = argument, MR3 = priority -> MR0 = thread id, MR1 = cap slot
    public const ulong ThreadExit = 18;     // MR0 = code; an exit message goes to the pager
    public const ulong TaskCreate = 19;     // MR0 = module index, MR1 = argument, MR2 = priority, MR3 = pager cap slot (0: caller),
                                            // MR4 = 1: leave it stopped (TaskStart runs it) -> MR0 = task id, MR1 = thread id, MR2 = cap slot
    public const ulong TaskDestroy = 20;    // MR0 = task id
    public const ulong CapInstall = 21;     // MR0 = task id, MR1 = slot, MR2 = thread id (0 clears)
    public const ulong Unmap = 22;          // MR0 = fpage, MR1 = 1 to flush the caller's own mapping too
    public const ulong IoGrant = 23;        // MR0 = task id, MR1 = first port, MR2 = count
    public const ulong IrqAttach = 24;      // MR0 = line: the caller becomes the line's handler
    public const ulong IrqGrant = 25;       // MR0 = task id, MR1 = line
    public const ulong Yield = 26;
    public const ulong Lookup = 27;         // MR0 = task id, MR1 = address -> MR0 = frame (0 if unmapped) (root only: for tests)
    public const ulong ModuleInfo = 28;     // reserved (never implemented): BadArgument
    public const ulong Kdb = 29;            // MR0 = KdbOp, rest by op: the root task's line to the result channel
    public const ulong Whoami = 30;         // -> MR0 = own thread id, MR1 = own task id
    public const ulong TaskStart = 31;      // MR0 = task id: its first thread, created stopped, becomes ready
    public const ulong Ticks = 32;          // -> MR0 = timer ticks since boot, MR1 = counter ticks spent halted (idle)
    public const ulong ThreadStatus = 33;   // MR0 = cap slot -> MR0 = its state, MR1 = ticks it spent in ring 3 since its last system call

    // Descriptor layout.
    public const int DestShift = 8;         // bits 8..15: destination cap slot (send, call)
    public const int FromShift = 16;        // bits 16..23: receive from this cap slot only (0 = any)
    public const ulong SendTimeoutZero = 1UL << 24;
    public const ulong ReceiveTimeoutZero = 1UL << 25;
    public const ulong MapItem = 1UL << 26;   // MR4 = fpage in the sender's space, MR5 = send base (where in a larger window)
    public const ulong Grant = 1UL << 27;     // with MapItem: the sender loses the pages
    public const ulong StringItem = 1UL << 28;
    public const ulong ReceiveTimeoutTicks = 1UL << 29;
    /// <summary>Anything here sends the operation to the slow path.</summary>
    public const ulong SlowFlags = 0x3F00_0000;

    public const ulong IrqSource = 255;       // FromShift slot meaning "my interrupt line"

    public static ulong Ipc(ulong op, ulong dest, ulong from = 0) => op | dest << DestShift | from << FromShift;
}

public static class Status
{
    public const ulong Ok = 0;
    public const ulong NoRight = 1;        // no capability in that slot: the send is refused
    public const ulong Timeout = 2;        // partner not ready within the timeout
    public const ulong Aborted = 3;        // partner died while we waited
    public const ulong BadArgument = 4;
    public const ulong NotPrivileged = 5;
    public const ulong NoMemory = 6;
    public const ulong StringTooLong = 7;
}

/// <summary>What a received message is (rax bits 8..15).</summary>
public static class Kind
{
    public const ulong Message = 0;
    public const ulong PageFault = 1;      // MR0 = address, MR1 = rip, MR2 = error code, MR3 = task id
    public const ulong Exception = 2;      // MR0 = vector, MR1 = rip, MR2 = error code, MR3 = task id
    public const ulong Exit = 3;           // MR0 = code, MR3 = task id
    public const ulong Interrupt = 4;      // MR0 = line
}

/// <summary>
/// A flexpage: a power-of-two, aligned region of an address space (Liedtke, "On µ-kernel
/// construction", SOSP 1995, section 3.1). base | log2(pages) in bits 0..5 | writable in bit 6.
/// </summary>
public static class Fpage
{
    public const ulong Writable = 1UL << 6;
    public static ulong Make(ulong address, int log2Pages, bool writable) =>
        (address & ~0xFFFUL) | (ulong)(uint)log2Pages | (writable ? Writable : 0);
    public static ulong Base(ulong fpage) => fpage & ~0xFFFUL;
    public static int Log2Pages(ulong fpage) => (int)(fpage & 0x3F);
    public static ulong Pages(ulong fpage) => 1UL << Log2Pages(fpage);
    public static bool IsWritable(ulong fpage) => (fpage & Writable) != 0;
}

public static class KdbOp
{
    public const ulong Check = 1;          // MR1 = name, MR2 = name length, MR3 = ok, MR4 = detail value, MR5 = detail-name ptr|len<<48
    public const ulong Bench = 2;          // MR1 = name, MR2 = name length, MR3 = samples, MR4 = count, MR5 = what ptr|len<<48
    public const ulong Done = 3;           // the root task's work is over: power off
    public const ulong FastPathCount = 4;  // -> MR0 = fast path hits so far
    public const ulong Floor = 5;          // -> MR0 = CR3 switch and back, measured in the kernel now
    public const ulong Event = 6;          // MR1 = kind name, MR2 = length, MR3 = name, MR4 = length, MR5 = value: a recovery record
    public const ulong CommandLine = 7;    // MR1 = buffer, MR2 = capacity -> MR0 = length: the kernel command line
    public const ulong Progress = 8;       // MR1 = name | length << 48, MR2 = done, MR3 = errors, MR4 = corrupted, MR5 = retries | final << 63
    public const ulong FaultPlan = 9;      // MR1 = target | kind << 8 | state << 16, MR2 = request: a fault-plan record (common/drivers/Faults)
    public const ulong GaveUp = 10;        // MR1 = driver name, MR2 = length, MR3 = restarts in the window: a recovery record, state gave-up
}

/// <summary>Well-known addresses of every task's address space.</summary>
public static class Layout
{
    public const ulong StackTop = 0x0000_7FFF_FFF0_0000;
    public const int StackPages = 8;
    /// <summary>Where the root task sees the memory it owns (sigma0's window): frame i at Sigma0Base + i * 4096.</summary>
    public const ulong Sigma0Base = 0x0000_0100_0000_0000;
    /// <summary>A free region every task may use as a map receive window.</summary>
    public const ulong MapArea = 0x0000_0200_0000_0000;
    public const ulong ThreadStacks = 0x0000_7FFF_0000_0000;   // extra threads' stacks, 64 KiB apart
}

/// <summary>The root task's start argument: sigma0 pages | iterations << 16 | options << 40.</summary>
public static class RootArgument
{
    public const ulong NoBench = 1;
    public const ulong NoChecks = 2;

    public static ulong Pack(ulong pages, ulong iterations, ulong options) => (pages & 0xFFFF) | (iterations & 0xFF_FFFF) << 16 | options << 40;
    public static ulong Pages(ulong argument) => argument & 0xFFFF;
    public static ulong Iterations(ulong argument) => (argument >> 16) & 0xFF_FFFF;
    public static ulong Options(ulong argument) => argument >> 40;
}
