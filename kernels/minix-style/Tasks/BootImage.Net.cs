// The network stack's processes (MINIX 3: the Ethernet driver, inet, a user process): the
// shared RTL8139 driver in ring 3 for both NICs, the network server between it and its
// clients, and the net-echo client. The kernel's part is only what MINIX 3's PCI server
// does: the boot scan finds the NICs (10ec:8139) and enables their I/O decoding and bus
// mastering; RS's SYS_PRIVCTL gives the driver their I/O BARs and lines by system.conf's
// pci id (KernelCalls/DoPrivCtl.cs); the driver asks for them by SYS_GETINFO (GetInfoNic). Its fault plan
// (fault=rtl8139:...) is in its start argument (ServerFaultArgument), as DS's.
namespace MinixStyle.Tasks;

public static unsafe partial class BootImage
{
    private const ushort RealtekVendor = 0x10EC, Rtl8139Device = 0x8139;
    private const int MaxNics = 2;
    private static ushort s_nicIo0, s_nicIo1;
    private static byte s_nicIrq0, s_nicIrq1;

    private static void StartNet(ulong iterations)
    {
        for (int i = 0; i < MaxNics; i++)
        {
            if (!PciConfig.TryFind(RealtekVendor, Rtl8139Device, i, out PciAddress nic)) break;
            ushort io = PciConfig.IoBase(nic, 0);
            byte irq = PciConfig.InterruptLine(nic);
            if (io == 0 || irq >= 16) break;
            PciConfig.EnableIoAndBusMastering(nic);
            if (i == 0) { s_nicIo0 = io; s_nicIrq0 = irq; } else { s_nicIo1 = io; s_nicIrq1 = irq; }
        }
        LoadService(Endpoint.Rtl8139Driver, "rtl8139-driver.elf", DriverPriority, ServerFaultArgument.Pack(PlanFor("rtl8139")));
        // The server: its privileges from RS too, but not guarded by RS (RS's table has no policy for it yet: ServiceNames), a
        // service, so the run's end does not wait for it. It copies frames from and to its clients.
        LoadService(Endpoint.NetServer, "net-server.elf", PmPriority, 0);
        // SetAlarm: it waits a tick at a time until the other workloads have ended (NetBenchMain).
        uint clientCalls = (1u << KernelCallNumber.Exit) | (1u << KernelCallNumber.GetInfo) | (1u << KernelCallNumber.DiagCtl) | (1u << KernelCallNumber.SetGrant)
            | (1u << KernelCallNumber.SetAlarm);
        Load(Endpoint.NetClient, "net-bench.elf", TestPriority + 1,
            new Privileges { Primitives = Privileges.AllPrimitives, SendTo = 1UL << Endpoint.NetServer, Calls = clientCalls },
            StartArgument.Pack(0, iterations));
    }

    /// <summary>Each NIC the boot scan found: its ports and line are in <paramref name="p"/> (the privilege check).</summary>
    public static bool NicPortsHeldBy(ref Privileges p) =>
        s_nicIo0 != 0 && p.MayUsePorts(s_nicIo0, 4) && p.MayUseIrq(s_nicIrq0) && (s_nicIo1 == 0 || p.MayUsePorts(s_nicIo1, 4) && p.MayUseIrq(s_nicIrq1));

    /// <summary>SYS_GETINFO GetInfoNic: the A2-th NIC's I/O base (A1) and line (A2), to a caller whose ports they are.</summary>
    public static long Nic(int caller, Message* m)
    {
        ushort io = m->A2 == 0 ? s_nicIo0 : m->A2 == 1 ? s_nicIo1 : (ushort)0;
        byte irq = m->A2 == 0 ? s_nicIrq0 : s_nicIrq1;
        if (io == 0 || !ProcessTable.Procs[caller].Privileges.MayUsePorts(io, 1)) return IpcStatus.BadEndpoint;
        m->A1 = io;
        m->A2 = irq;
        return IpcStatus.Ok;
    }
}
