// SYS_FORK (MINIX 3: do_fork): PM makes a child of a process that waits for PM's reply to its
// fork request, in a free child slot (Tasks/ChildSlots.cs): a copy of the parent's memory
// (UserProcess.CopyFrom: its image and stack, page by page into fresh frames), a copy of its
// process-table entry with a new endpoint (the slot's next generation), and the privileges of
// a user process whatever the parent's (MINIX 3 gives a system process's child the user
// privileges): system.conf's user template, which RS handed over (DoPrivCtl.UserTemplate). The kernel keeps no user registers of a blocked process (the syscall entry
// saves only rsp, rip and rflags), so the child cannot resume inside the parent's trap: it
// starts where PM says, with rdi and rsp PM says, which PM takes from the parent's request:
// MinixLib's fork stub saved its callee-saved registers and return address in its memory
// before the trap, and its child trampoline restores them from the child's copy and returns
// "child" to the same caller (Processes/MinixLib/fork_trap.S).
namespace MinixStyle.KernelCalls;

public static unsafe class DoFork
{
    public static long Handle(int caller, Message* m)
    {
        int parent = ProcessTable.SlotOf((int)(long)m->A1);
        if (parent == ProcessTable.NoSlot || parent == caller || ProcessTable.IsTask(parent)) return IpcStatus.BadEndpoint;
        ref Proc pp = ref ProcessTable.Procs[parent];
        if (!pp.Receiving || pp.ReceiveFrom != ProcessTable.Procs[caller].Endpoint || ProcessTable.Images[parent] == null) return IpcStatus.BadEndpoint;
        ulong entry = m->A2, rsp = m->A4;
        if (entry < AddressSpace.UserBase || entry >= AddressSpace.UserLimit || rsp < AddressSpace.UserBase || rsp >= AddressSpace.UserLimit) return IpcStatus.BadAddress;
        int slot = ChildSlots.Free();
        if (slot == ProcessTable.NoSlot) return IpcStatus.NoMemory;

        UserProcess child = ProcessTable.Images[slot];
        if (!child.CopyFrom(ProcessTable.Images[parent]))
        {
            child.Clear();
            return IpcStatus.NoMemory;
        }
        child.Thread.ResetUser(entry, rsp, m->A3);
        ref Proc p = ref ProcessTable.Procs[slot];
        UserMessage.Forget(slot);
        DoExec.Fresh(ref p);
        p.Endpoint = ProcessTable.EndpointOf((p.Endpoint / ProcessTable.Slots + 1) % ProcessTable.Generations, slot);
        p.Priority = p.BasePriority = pp.BasePriority;
        p.Privileges = DoPrivCtl.UserTemplate;
        p.Service = false;
        p.BootArgument = 0;
        p.AlarmAt = 0;
        p.InUse = true;
        SendRights.Pair(slot);
        Scheduler.MakeReady(slot);
        m->A1 = (ulong)(long)p.Endpoint;
        return IpcStatus.Ok;
    }
}
