// SYS_GETINFO (MINIX 3: do_getinfo): what the kernel knows about the caller; the time the CPU
// spent halted (what a measurement across a device wait subtracts); for PM, the processes that
// ended since it last asked (it tells RS); for RS, whether any of the run's workloads is still
// alive (when none is, it stops its heartbeats and the run can end), a slot's boot argument;
// for a measurement, when the last child's exit reached the kernel; and for the network
// driver the NICs the boot scan found (MINIX 3's drivers ask the PCI server).
namespace MinixStyle.KernelCalls;

public static unsafe class DoGetInfo
{
    public static long Handle(int caller, Message* m)
    {
        if (m->A1 == KernelCallNumber.GetInfoHaltedTsc)
        {
            m->A1 = IdleClock.Halted;
            return IpcStatus.Ok;
        }
        if (m->A1 == KernelCallNumber.GetInfoWhoAmI)
        {
            m->A1 = (ulong)(long)ProcessTable.Procs[caller].Endpoint;
            m->A2 = (ulong)ProcessTable.Procs[caller].Priority;
            return IpcStatus.Ok;
        }
        if (m->A1 == KernelCallNumber.GetInfoNextDeath)
        {
            if (caller != Endpoint.Pm) return IpcStatus.CallDenied;
            for (int s = 0; s < ProcessTable.FirstTaskSlot; s++)
            {
                ref Proc p = ref ProcessTable.Procs[s];
                if (!p.DeathUnreported) continue;
                p.DeathUnreported = false;
                m->A1 = (ulong)(long)p.Endpoint;
                m->A2 = (ulong)(long)p.ExitCode;
                return IpcStatus.Ok;
            }
            return IpcStatus.NotReady;
        }
        if (m->A1 == KernelCallNumber.GetInfoWorkloads)
        {
            ulong live = 0;
            for (int s = 0; s < ProcessTable.FirstTaskSlot; s++)
                if (ProcessTable.Procs[s].InUse && !ProcessTable.Procs[s].Exited && !ProcessTable.Procs[s].Service) live++;
            m->A1 = live;
            return IpcStatus.Ok;
        }
        if (m->A1 == KernelCallNumber.GetInfoLastFault)
        {
            m->A1 = UserFaults.LastFault.Tsc;
            m->A2 = UserFaults.LastFault.Halted;
            return IpcStatus.Ok;
        }
        if (m->A1 == KernelCallNumber.GetInfoLastChildExit)
        {
            m->A1 = ChildSlots.LastExitTsc;
            return IpcStatus.Ok;
        }
        if (m->A1 == KernelCallNumber.GetInfoBootArgument)
        {
            int slot = ProcessTable.SlotOfEndpoint((int)(long)m->A2);
            if (slot == ProcessTable.NoSlot || ProcessTable.IsTask(slot) || !ProcessTable.Procs[slot].InUse) return IpcStatus.BadEndpoint;
            m->A1 = ProcessTable.Procs[slot].BootArgument;
            return IpcStatus.Ok;
        }
        if (m->A1 == KernelCallNumber.GetInfoNic) return BootImage.Nic(caller, m);
        return IpcStatus.BadCall;
    }
}
