// A task: an address space and the rights of the threads that run in it. Unmanaged, like
// the TCB, because the fast path reads the capability table: Caps[slot] at offset
// 8 * slot (Ipc/layout.inc). The managed side of a task (its AddressSpace object) is in
// TaskTable.Spaces, indexed by Id.
using System.Runtime.InteropServices;

namespace L4Style.Tasks;

[StructLayout(LayoutKind.Explicit, Size = Task.Size)]
public unsafe struct Task
{
    public const int Size = 4096;
    public const int CapSlots = 256;

    /// <summary>
    /// Send rights: Caps[s] is the thread an IPC to slot s reaches; null means no right, and
    /// the kernel refuses the send (seL4's model: authority is a capability, not a name).
    /// Slot 0 is never filled. 256 slots so that the fast path needs no bounds check.
    /// </summary>
    [FieldOffset(0)] public Tcb* Caps;             // 256 x 8 bytes: 0 .. 2048
    [FieldOffset(2048)] public ushort IoMapBase;   // loaded into the TSS when this task runs (Drivers/IoPorts.cs)
    [FieldOffset(2056)] public ulong Cr3;
    [FieldOffset(2064)] public int Id;
    [FieldOffset(2068)] public int Privileged;     // the root task: may create tasks, install caps, grant I/O rights
    [FieldOffset(2072)] public Tcb* Pager;         // where page faults, exceptions and exits of its threads go
    [FieldOffset(2080)] public int Alive;
    [FieldOffset(2084)] public int ModuleIndex;
    [FieldOffset(2088)] public ulong IrqRights;    // bit per PIC line this task may attach to
    [FieldOffset(2096)] public int IoRangeCount;
    [FieldOffset(2100)] public int NextCapSlot;
    [FieldOffset(2104)] public ulong ThreadCount;
    // Port ranges this task may use: (first, count) pairs, up to 16.
    [FieldOffset(2112)] public uint IoRanges;      // 16 x (ushort first, ushort count)

    public Tcb** CapTable => (Tcb**)System.Runtime.CompilerServices.Unsafe.AsPointer(ref this);
    public uint* IoRangeTable => (uint*)((byte*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref this) + 2112);
}
