// The privileges in force are system.conf's, set by RS (KernelCalls/DoPrivCtl.cs): every
// service the kernel loaded without privileges got them from RS and ran, and what they hold
// is what the file says, not what the kernel would have given: the disk driver its legacy
// ports, IRQ 14 and its PCI function's bus-master ports and no process calls; the network
// driver both NICs' ports and lines from their PCI id; PM its process calls; FS no port.
namespace MinixStyle.Checks;

public static class ServicePrivilegeChecks
{
    public static void Run()
    {
        int fromRs = 0, waiting = 0;
        for (int slot = 0; slot < ProcessTable.FirstTaskSlot; slot++)
        {
            ref Proc p = ref ProcessTable.Procs[slot];
            if (!p.InUse || !p.Service) continue;
            if (p.AwaitingPrivileges) waiting++;
            else if (p.PrivilegesFromRs) fromRs++;
        }
        Report.CheckValue("privilege.services-from-system-conf", waiting == 0 && fromRs == Services, "services", (ulong)fromRs);

        ref Privileges ata = ref ProcessTable.Procs[Endpoint.AtaDriver].Privileges;
        ushort busMaster = StartArgument.AtaBusMaster(ProcessTable.Procs[Endpoint.AtaDriver].BootArgument);
        bool disk = ata.MayUsePorts(0x1F0, 1) && ata.MayUsePorts(0x3F6, 1) && ata.MayUseIrq(14) && !ata.MayUseIrq(15)
            && (busMaster == 0 || ata.MayUsePorts(busMaster, 4)) && !ata.MayCall(KernelCallNumber.Kill) && !ata.MayCall(KernelCallNumber.Fork);
        Report.Check("privilege.ata-as-system-conf", disk);

        ref Privileges nic = ref ProcessTable.Procs[Endpoint.Rtl8139Driver].Privileges;
        Report.Check("privilege.rtl8139-from-pci-id", BootImage.NicPortsHeldBy(ref nic) && !nic.MayUsePorts(0x1F0, 1) && !nic.MayCall(KernelCallNumber.SDevIo));

        ref Privileges pm = ref ProcessTable.Procs[Endpoint.Pm].Privileges;
        ref Privileges fs = ref ProcessTable.Procs[Endpoint.Fs].Privileges;
        Report.Check("privilege.servers-as-system-conf", pm.MayCall(KernelCallNumber.Fork) && !pm.MayCall(KernelCallNumber.DevIo)
            && !fs.MayCall(KernelCallNumber.DevIo) && fs.MayCall(KernelCallNumber.SafeCopy) && !fs.MayCall(KernelCallNumber.Fork));
    }

    /// <summary>system.conf's services with a process in this system: ds, pm, fs, net, ata, rtl8139.</summary>
    private const int Services = 6;
}
