// SYS_EXEC (MINIX 3: do_exec, here for the restart of an ended service): the slot of an ended
// process starts again from a fresh copy of its boot image, which stays in RAM untouched by any
// run (DSN 2007, section 4: RS restarts a driver from the copy it keeps, so a fault that
// corrupted the old instance's memory cannot reach the new one). The same slot, address space,
// thread and privileges; no kernel heap (UserProcess.Reload). The new instance gets the next
// generation of the endpoint unless ExecFlags.KeepEndpoint, so messages for the dead instance
// cannot reach it (MINIX 3: a restarted driver's endpoint changes and RS publishes it in DS).
namespace MinixStyle.KernelCalls;

public static unsafe class DoExec
{
    public static long Handle(int caller, Message* m)
    {
        int endpoint = (int)(long)m->A1;
        int slot = ProcessTable.SlotOfEndpoint(endpoint);
        if (slot == ProcessTable.NoSlot || slot == caller) return IpcStatus.BadEndpoint;
        ref Proc p = ref ProcessTable.Procs[slot];
        UserProcess image = ProcessTable.Images[slot];
        if (!p.InUse || !p.Exited || p.Endpoint != endpoint || image == null) return IpcStatus.BadEndpoint;
        if (!image.Reload(m->A2)) return IpcStatus.NoMemory;

        int generation = endpoint / ProcessTable.Slots;
        if ((m->A3 & ExecFlags.KeepEndpoint) == 0) generation = (generation + 1) % ProcessTable.Generations;
        p.Endpoint = ProcessTable.EndpointOf(generation, slot);
        p.Sending = p.Receiving = p.ReplyPending = false;
        p.FirstSender = p.NextSender = ProcessTable.NoSlot;
        p.NotifyPending = 0;
        p.IrqPending = 0;
        p.QuantumLeft = 0;
        p.Priority = p.BasePriority;     // a hung instance's penalty is not the new one's
        p.Result = 0;
        p.ExitCode = 0;
        p.DeathUnreported = false;      // the restarter has dealt with this death
        p.GrantTable = 0;               // the new instance declares its own
        p.GrantCount = 0;
        p.Exited = false;
        Scheduler.MakeReady(slot);
        m->A1 = (ulong)(long)p.Endpoint;
        return IpcStatus.Ok;
    }
}
