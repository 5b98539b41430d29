// SYS_EXEC (MINIX 3: do_exec), in two forms.
// The restart of an ended service (RS): the slot of an ended process starts again from a fresh
// copy of its boot image, which stays in RAM untouched by any run (DSN 2007, section 4: RS
// restarts a driver from the copy it keeps, so a fault that corrupted the old instance's memory
// cannot reach the new one). The same slot, address space, thread and privileges; no kernel heap
// (UserProcess.Reload). The new instance gets the next generation of the endpoint unless
// ExecFlags.KeepEndpoint, so messages for the dead instance cannot reach it (MINIX 3: a
// restarted driver's endpoint changes and RS publishes it in DS).
// PM's exec (ExecFlags.NewImage): a live process that waits for PM's reply to its exec request
// is replaced by the boot module it named, in place (UserProcess.Load), keeping its endpoint, as
// a POSIX exec keeps the pid; it starts at the new image's entry and never gets the reply.
namespace MinixStyle.KernelCalls;

public static unsafe class DoExec
{
    public static long Handle(int caller, Message* m)
    {
        if ((m->A3 & ExecFlags.NewImage) != 0) return NewImage(caller, m);
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
        Fresh(ref p);
        p.Priority = p.BasePriority;     // a hung instance's penalty is not the new one's
        Scheduler.MakeReady(slot);
        m->A1 = (ulong)(long)p.Endpoint;
        return IpcStatus.Ok;
    }

    /// <summary>A slot's state for a process that starts afresh (a restart, an exec, a fork): no IPC in progress, nothing pending, no grants.</summary>
    public static void Fresh(ref Proc p)
    {
        p.Sending = p.Receiving = p.ReplyPending = false;
        p.FirstSender = p.NextSender = ProcessTable.NoSlot;
        p.NotifyPending = 0;
        p.IrqPending = 0;
        p.QuantumLeft = 0;
        p.Result = 0;
        p.ExitCode = 0;
        p.DeathUnreported = false;      // the restarter has dealt with this death
        p.GrantTable = 0;               // the new instance declares its own
        p.GrantCount = 0;
        p.Exited = false;
    }

    private static long NewImage(int caller, Message* m)
    {
        int slot = ProcessTable.SlotOf((int)(long)m->A1);
        if (slot == ProcessTable.NoSlot || slot == caller || ProcessTable.IsTask(slot)) return IpcStatus.BadEndpoint;
        ref Proc p = ref ProcessTable.Procs[slot];
        UserProcess image = ProcessTable.Images[slot];
        // Frozen in its request to the caller: its memory and registers cannot change under the load.
        if (image == null || !p.Receiving || p.ReceiveFrom != ProcessTable.Procs[caller].Endpoint) return IpcStatus.BadEndpoint;
        ulong* name = stackalloc ulong[2];
        name[0] = m->A4;
        name[1] = m->A5;
        int length = 0;
        while (length < 16 && ((byte*)name)[length] != 0) length++;
        if (length == 0 || !Multiboot.TryFindModule((byte*)name, length, out BootModule module)) return IpcStatus.BadCall;
        UserMessage.Forget(slot);
        if (!image.Load(module, m->A2))
        {
            ProcessExit.End(slot, (int)IpcStatus.NoMemory);   // its old image is gone: it cannot go on
            return IpcStatus.NoMemory;
        }
        Fresh(ref p);
        Scheduler.MakeReady(slot);
        return IpcStatus.Ok;
    }
}
