// Every task, allocated at boot, and the managed AddressSpace of each (which the unmanaged
// Task cannot hold). Task ids are indexes; task 0 is the root task.

namespace L4Style.Tasks;

public static unsafe class TaskTable
{
    public const int MaxTasks = 32;
    public const int FirstFreeCapSlot = 16;   // 1..15 are the creator's to assign (slot 1: the pager)

    private static Task* s_tasks;
    public static AddressSpace[] Spaces = new AddressSpace[MaxTasks];

    public static void Initialize()
    {
        s_tasks = (Task*)KernelHeap.Allocate((nuint)(MaxTasks * Task.Size), 4096);
        if (s_tasks == null) Panic.Halt("l4: no memory for tasks");
    }

    public static Task* ById(ulong id) => id >= MaxTasks || s_tasks[id].Alive == 0 ? null : &s_tasks[id];

    public static Task* At(int id) => &s_tasks[id];

    /// <summary>A new, empty task with its own address space; null if none is free.</summary>
    public static Task* Create()
    {
        for (int id = 0; id < MaxTasks; id++)
        {
            Task* task = &s_tasks[id];
            if (task->Alive != 0) continue;
            AddressSpace space = AddressSpace.Create();
            if (space == null) return null;
            byte* raw = (byte*)task;
            for (int b = 0; b < Task.Size; b++) raw[b] = 0;
            task->Id = id;
            task->Alive = 1;
            task->Cr3 = space.Root;
            task->IoMapBase = Tss.NoIoBitmap;
            task->NextCapSlot = FirstFreeCapSlot;
            Spaces[id] = space;
            return task;
        }
        return null;
    }

    /// <summary>Puts a send right to <paramref name="target"/> in a free slot; returns the slot (0: table full).</summary>
    public static int AddCap(Task* task, Tcb* target)
    {
        // Slots of dead threads were cleared (RevokeCapsTo) and are used again, round robin.
        Tcb** caps = task->CapTable;
        const int first = FirstFreeCapSlot, last = Task.CapSlots - 2;   // 255 is Op.IrqSource
        for (int n = 0; n <= last - first; n++)
        {
            int slot = first + (task->NextCapSlot - first + n) % (last - first + 1);
            if (caps[slot] != null) continue;
            caps[slot] = target;
            task->NextCapSlot = slot + 1 > last ? first : slot + 1;
            return slot;
        }
        return 0;
    }

    /// <summary>Removes every right to <paramref name="target"/> from every task (it died; its TCB will be reused).</summary>
    public static void RevokeCapsTo(Tcb* target)
    {
        for (int id = 0; id < MaxTasks; id++)
        {
            if (s_tasks[id].Alive == 0) continue;
            Tcb** caps = s_tasks[id].CapTable;
            for (int slot = 0; slot < Task.CapSlots; slot++)
                if (caps[slot] == target) caps[slot] = null;
        }
    }
}
