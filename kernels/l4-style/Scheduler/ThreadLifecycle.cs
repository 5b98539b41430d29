// Threads and tasks come and go: creation in ring 3 (start via iret), exit as a message to
// the pager, and killing, which must leave no pointer to the TCB anywhere (queues, partners,
// capabilities, interrupt lines), because the TCB is reused.

namespace L4Style.Scheduling;

public static unsafe class ThreadLifecycle
{
    /// <summary>A task from a boot module: its image loaded, one thread ready to start at the entry point.</summary>
    public static Tcb* CreateTask(int moduleIndex, ulong argument, int priority, Tcb* pager, out Task* task)
    {
        task = null;
        if (moduleIndex < 0 || moduleIndex >= Multiboot.ModuleCount) return null;
        Task* created = TaskTable.Create();
        if (created == null) return null;
        AddressSpace space = TaskTable.Spaces[created->Id];
        ulong entry = ElfLoader.Load(space, Multiboot.Module(moduleIndex)).Entry;
        Tcb* thread = null;
        if (entry != 0 && ElfLoader.MapStack(space, Layout.StackTop, Layout.StackPages))
            thread = ThreadTable.Allocate(created, priority);
        if (thread == null)
        {
            DestroyTask(created);
            return null;
        }
        created->ModuleIndex = moduleIndex;
        created->Pager = pager;
        if (pager != null) created->CapTable[1] = pager;   // every task can talk to its pager
        ThreadTable.SetEntry(thread, entry, Layout.StackTop, argument);
        task = created;
        return thread;
    }

    /// <summary>Removes a thread from everything that refers to it and frees its TCB.</summary>
    public static void Kill(Tcb* t)
    {
        if (t->State == TcbState.Free) return;
        if (t->State == TcbState.Ready) Scheduler.Remove(t);
        if (t->State == TcbState.Sending) IpcSlowPath.RemoveFromQueue(t);
        Timeouts.Cancel(t);
        Drivers.IrqIpc.Detach(t);
        // Whoever waits on this thread learns that it is gone.
        for (Tcb* s = t->SendQueue; s != null;)
        {
            Tcb* next = s->Next;
            s->Next = null;
            s->Partner = null;
            s->Flags = 0;
            s->KernelKind = 0;
            s->Regs.Rax = Status.Aborted;
            Scheduler.MakeReady(s);
            s = next;
        }
        t->SendQueue = t->SendQueueTail = null;
        for (int i = 0; i < ThreadTable.MaxThreads; i++)
        {
            Tcb* other = ThreadTable.At(i);
            if (other == t || other->State == TcbState.Free) continue;
            if (other->ReplyTo == t) other->ReplyTo = null;
            if (other->State == TcbState.Receiving && other->WaitFor == t)
            {
                other->WaitFor = null;
                other->Regs.Rax = Status.Aborted;
                Timeouts.Cancel(other);
                Scheduler.MakeReady(other);
            }
        }
        TaskTable.RevokeCapsTo(t);
        if (t->Task->Pager == t) t->Task->Pager = null;
        t->Task->ThreadCount--;
        t->State = TcbState.Free;
    }

    /// <summary>Kills every thread of the task and gives back all it had.</summary>
    public static void DestroyTask(Task* task)
    {
        for (int i = 0; i < ThreadTable.MaxThreads; i++)
        {
            Tcb* t = ThreadTable.At(i);
            if (t->State != TcbState.Free && t->Task == task) Kill(t);
        }
        // Pagers living in other tasks are told nothing more; tasks this one paged lose their pager.
        for (int id = 0; id < TaskTable.MaxTasks; id++)
        {
            Task* other = TaskTable.At(id);
            if (other->Alive != 0 && other->Pager != null && other->Pager->Task == task) other->Pager = null;
        }
        Drivers.IoPorts.Release(task);
        TaskMemory.Release(task);
        task->Alive = 0;
    }

    /// <summary>The current thread ends: its pager gets an exit message (then it is gone). Never returns.</summary>
    public static void Exit(Tcb* t, ulong code)
    {
        Tcb* pager = t->Task->Pager;
        if (pager == null || pager == t)
        {
            Kill(t);
            Scheduler.Reschedule();
        }
        t->KernelKind = Kind.Exit;
        t->KernelMr0 = code;
        t->KernelMr1 = t->UserRip;
        t->KernelMr2 = 0;
        t->KernelMr3 = (ulong)t->Task->Id;
        t->KernelMr4 = 0;                 // not a fault: no fault entry (the pager times it from the message)
        t->KernelMr5 = 0;
        IpcSlowPath.KernelSend(t, pager, waitForReply: false);
    }
}
