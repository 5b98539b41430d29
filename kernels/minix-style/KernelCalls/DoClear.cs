// SYS_CLEAR (MINIX 3: do_clear): PM reaps a child that ended and whose parent has collected its
// exit code (wait): every frame of its image and stack is returned and its user half cleared
// (UserProcess.Clear), and the slot is free for the next fork. The shell stays: nothing returns
// to the kernel heap, which is closed. Only a child slot: the boot image's slots are never freed.
namespace MinixStyle.KernelCalls;

public static unsafe class DoClear
{
    public static long Handle(int caller, Message* m)
    {
        int endpoint = (int)(long)m->A1;
        int slot = ProcessTable.SlotOfEndpoint(endpoint);
        if (slot == ProcessTable.NoSlot || !ChildSlots.Contains(slot)) return IpcStatus.BadEndpoint;
        ref Proc p = ref ProcessTable.Procs[slot];
        if (!p.InUse || !p.Exited || p.Endpoint != endpoint || p.DeathUnreported) return IpcStatus.BadEndpoint;
        ProcessTable.Images[slot].Clear();
        UserMessage.Forget(slot);
        p.InUse = false;
        p.Exited = false;
        SendRights.Forget(slot);
        return IpcStatus.Ok;
    }
}
