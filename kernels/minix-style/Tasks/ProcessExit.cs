// A process ends (its exit call, PM's exit call for it, RS's kill, or a fault): every process blocked
// on it gets DeadSource instead of waiting for ever (MINIX 3: clear_endpoint), notifications it
// left pending vanish, and PM hears of it from SYSTEM (MINIX 3: the kernel's SIGKSIG to PM, which
// tells RS, the parent of every service), then someone else runs.
namespace MinixStyle.Tasks;

public static class ProcessExit
{
    public static void End(int slot, int code)
    {
        ref Proc p = ref ProcessTable.Procs[slot];
        p.Exited = true;
        p.ExitCode = code;
        UserMessage.Forget(slot);
        InterruptNotify.Release(slot);
        DmaPool.Release(slot);
        p.GrantCount = 0;
        if (p.Sending) Unlink(ref ProcessTable.Procs[p.SendTo], slot);
        p.Sending = p.Receiving = false;
        p.FirstSender = ProcessTable.NoSlot;
        p.AlarmAt = 0;
        p.DeathUnreported = slot != Endpoint.Pm;
        for (int s = 0; s < ProcessTable.Slots; s++)
        {
            ref Proc other = ref ProcessTable.Procs[s];
            other.NotifyPending &= ~(1UL << slot);
            if (s == slot || !other.InUse || other.Exited) continue;
            bool waitsForIt = (other.Sending && other.SendTo == slot)
                || (other.Receiving && other.ReceiveFrom == p.Endpoint);
            if (!waitsForIt) continue;
            other.Sending = other.Receiving = false;
            other.Result = IpcStatus.DeadSource;
            Scheduler.MakeReady(s);
        }
        if (p.DeathUnreported) Rendezvous.NotifyFrom(Endpoint.System, ProcessTable.SystemSlot, Endpoint.Pm, runNow: false);
        if (slot != Scheduler.Current)
        {
            Scheduler.Remove(slot);
            return;
        }
        Scheduler.BlockCurrent();
        Panic.Halt("minix-style: an ended process ran again");
    }

    private static void Unlink(ref Proc destination, int sender)
    {
        if (destination.FirstSender == sender)
        {
            destination.FirstSender = ProcessTable.Procs[sender].NextSender;
            return;
        }
        for (int s = destination.FirstSender; s != ProcessTable.NoSlot; s = ProcessTable.Procs[s].NextSender)
        {
            if (ProcessTable.Procs[s].NextSender != sender) continue;
            ProcessTable.Procs[s].NextSender = ProcessTable.Procs[sender].NextSender;
            return;
        }
    }
}
