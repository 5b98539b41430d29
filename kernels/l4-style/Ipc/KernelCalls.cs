// The kernel calls that are not IPC: threads, tasks, rights, unmap, interrupts, and the
// root task's debug line to the result channel. Arguments come in MR0..MR5 (rdi, rsi, rdx,
// r8, r9, r10), results go back in rax (status) and MR0..MR2. Creating tasks, installing
// capabilities and handing out I/O ports and interrupt lines is the privilege of the root
// task: that is the whole of the access-control policy in the kernel (see README).
using L4Style.Abi;
using L4Style.Debug;
using L4Style.Drivers;
using L4Style.Memory;
using L4Style.Scheduling;
using L4Style.Tasks;

namespace L4Style.Ipc;

public static unsafe class KernelCalls
{
    public static void Run(Tcb* t, ulong op)
    {
        ref Registers r = ref t->Regs;
        Task* task = t->Task;
        bool privileged = task->Privileged != 0;
        ulong status = Status.Ok;
        switch (op)
        {
            case Op.Null:
                break;

            case Op.Yield:
                r.Rax = Status.Ok;
                Scheduler.MakeReady(t);
                Scheduler.Reschedule();
                break;

            case Op.ThreadCreate:
            {
                if (r.Rdi < Tasks_UserBase || r.Rdi >= Tasks_UserLimit || r.Rsi < Tasks_UserBase || r.Rsi > Tasks_UserLimit)
                {
                    status = Status.BadArgument;
                    break;
                }
                int priority = (int)(r.R8 > 255 ? 255 : r.R8);
                Tcb* thread = ThreadTable.Allocate(task, priority);
                if (thread == null) { status = Status.NoMemory; break; }
                ThreadTable.SetEntry(thread, r.Rdi, r.Rsi, r.Rdx);
                int slot = TaskTable.AddCap(task, thread);
                r.Rdi = thread->Badge;
                r.Rsi = (ulong)slot;
                Scheduler.MakeReady(thread);
                break;
            }

            case Op.ThreadExit:
                ThreadLifecycle.Exit(t, r.Rdi);
                break;

            case Op.TaskCreate:
            {
                if (!privileged) { status = Status.NotPrivileged; break; }
                Tcb* pager = r.R8 == 0 ? t : task->CapTable[r.R8 & 0xFF];
                if (pager == null) { status = Status.NoRight; break; }
                Tcb* thread = ThreadLifecycle.CreateTask((int)r.Rdi, r.Rsi, (int)(r.Rdx > 255 ? 255 : r.Rdx), pager, out Task* created);
                if (thread == null) { status = Status.NoMemory; break; }
                int slot = TaskTable.AddCap(task, thread);
                r.Rdi = (ulong)created->Id;
                r.Rsi = thread->Badge;
                r.Rdx = (ulong)slot;
                // Stopped, the creator can grant rights before the task's first instruction.
                if (r.R9 == 0) Scheduler.MakeReady(thread);
                break;
            }

            case Op.TaskStart:
            {
                if (!privileged) { status = Status.NotPrivileged; break; }
                Task* target = TaskTable.ById(r.Rdi);
                Tcb* first = null;
                for (int i = 0; target != null && i < ThreadTable.MaxThreads; i++)
                    if (ThreadTable.At(i)->Task == target && ThreadTable.At(i)->State == TcbState.Inactive) { first = ThreadTable.At(i); break; }
                if (first == null) { status = Status.BadArgument; break; }
                Scheduler.MakeReady(first);
                break;
            }

            case Op.TaskDestroy:
            {
                if (!privileged) { status = Status.NotPrivileged; break; }
                Task* victim = TaskTable.ById(r.Rdi);
                if (victim == null || victim == task) { status = Status.BadArgument; break; }
                ThreadLifecycle.DestroyTask(victim);
                break;
            }

            case Op.CapInstall:
            {
                if (!privileged) { status = Status.NotPrivileged; break; }
                Task* target = TaskTable.ById(r.Rdi);
                Tcb* thread = r.Rdx == 0 ? null : ThreadTable.ById(r.Rdx);
                if (target == null || r.Rsi == 0 || r.Rsi >= Task.CapSlots || (r.Rdx != 0 && (thread == null || thread->State == TcbState.Free)))
                {
                    status = Status.BadArgument;
                    break;
                }
                target->CapTable[r.Rsi] = thread;
                break;
            }

            case Op.Unmap:
                r.Rdi = MapItems.Unmap(task, r.Rdi, r.Rsi != 0);
                break;

            case Op.IoGrant:
            {
                if (!privileged) { status = Status.NotPrivileged; break; }
                Task* target = TaskTable.ById(r.Rdi);
                if (target == null || !IoPorts.Grant(target, r.Rsi, r.Rdx)) status = Status.BadArgument;
                break;
            }

            case Op.IrqGrant:
            {
                if (!privileged) { status = Status.NotPrivileged; break; }
                Task* target = TaskTable.ById(r.Rdi);
                if (target == null || r.Rsi >= IrqIpc.Lines) { status = Status.BadArgument; break; }
                target->IrqRights |= 1UL << (int)r.Rsi;
                break;
            }

            case Op.IrqAttach:
                if (r.Rdi >= IrqIpc.Lines || (task->IrqRights & (1UL << (int)r.Rdi)) == 0) { status = Status.NotPrivileged; break; }
                if (!IrqIpc.Attach(t, (int)r.Rdi)) status = Status.BadArgument;
                break;

            case Op.Lookup:
            {
                if (!privileged) { status = Status.NotPrivileged; break; }
                Task* target = TaskTable.ById(r.Rdi);
                r.Rdi = target == null ? 0 : TaskTable.Spaces[target->Id].Translate(r.Rsi);
                break;
            }

            case Op.ThreadStatus:
            {
                // Whoever may send to a thread may ask whether it is alive (a manager's heartbeat).
                Tcb* thread = r.Rdi < Task.CapSlots ? task->CapTable[r.Rdi] : null;
                if (thread == null) { status = Status.NoRight; break; }
                r.Rdi = (ulong)thread->State;
                r.Rsi = thread->UserTicks;
                break;
            }

            case Op.Ticks:
                r.Rdi = Scheduler.Ticks;
                r.Rsi = Scheduler.HaltedTsc;
                break;

            case Op.Whoami:
                r.Rdi = t->Badge;
                r.Rsi = (ulong)task->Id;
                break;

            case Op.Kdb:
                status = KernelDebug.Run(t, privileged);
                break;

            default:
                status = Status.BadArgument;
                break;
        }
        r.Rax = status;
    }

    private const ulong Tasks_UserBase = Testbed.Hal.AddressSpace.UserBase;
    private const ulong Tasks_UserLimit = Testbed.Hal.AddressSpace.UserLimit;
}
