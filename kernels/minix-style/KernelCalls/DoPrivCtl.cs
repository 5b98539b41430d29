// SYS_PRIVCTL (MINIX 3: do_privctl): RS sets the privileges of the services it manages from
// system.conf (the checked table, Build/ServiceConfig) and lets them run; the kernel loaded
// them without any (Tasks/BootImage.cs) and only RS holds the call (its own privileges come
// from the kernel's boot table, as MINIX's boot image). The request carries the privileges
// themselves (Abi/PrivCtl.cs). The kernel still refuses what no table may give: a kernel
// task or RS itself as the target, a port range past 0xFFFF, an IRQ line past 15, more port
// ranges than a slot holds. A PCI id adds that device's I/O BARs (and its line when no IRQ is
// named), as MINIX 3's PCI server grants a driver its device (pci_reserve).
namespace MinixStyle.KernelCalls;

public static unsafe class DoPrivCtl
{
    /// <summary>The privileges PM's children get (PrivCtl.SetUser; until RS sets them, a user process's default).</summary>
    public static Privileges UserTemplate => s_userSet ? s_user : Privileges.User;
    private static Privileges s_user;
    private static bool s_userSet;

    public static long Handle(int caller, Message* m)
    {
        if (m->A2 == PrivCtl.SetUser) return SetUser(m);
        int slot = ProcessTable.SlotOf((int)(long)m->A1);
        if (slot == ProcessTable.NoSlot || slot == caller || ProcessTable.IsTask(slot)) return IpcStatus.BadEndpoint;
        ref Proc p = ref ProcessTable.Procs[slot];
        if (m->A2 == PrivCtl.Allow)
        {
            if (!p.AwaitingPrivileges) return IpcStatus.BadCall;
            p.AwaitingPrivileges = false;
            Scheduler.Admit(slot);
            return IpcStatus.Ok;
        }
        if (m->A2 != PrivCtl.SetSystem) return IpcStatus.BadCall;
        var granted = new Privileges { Calls = PrivCtl.Calls(m->A3), Primitives = PrivCtl.Primitives(m->A3), SendTo = m->A4 & ~TaskBits };
        // A process with any kernel call needs the trap that makes them (MINIX: a separate trap, outside the trap mask).
        if (granted.Calls != 0) granted.Primitives |= 1u << (int)IpcCall.KernelCall;
        for (int i = 0; i < Privileges.MaxIoRanges; i++)
        {
            uint range = PrivCtl.Range(i < 2 ? m->A5 : m->A6, i & 1);
            if (range >> 16 == 0) continue;
            if ((range & 0xFFFF) + (range >> 16) > 0x1_0000) return IpcStatus.BadCall;
            granted.AddPorts((ushort)range, (ushort)(range >> 16));
        }
        byte irq = PrivCtl.Irq(m->A7);
        if (irq != PrivCtl.NoIrq)
        {
            if (irq >= 16) return IpcStatus.BadCall;
            granted.IrqLines = (ushort)(1 << irq);
        }
        if (PrivCtl.PciVendor(m->A7) != 0 && !AddPciDevices(ref granted, PrivCtl.PciVendor(m->A7), PrivCtl.PciDevice(m->A7), irq == PrivCtl.NoIrq))
            return IpcStatus.BadCall;
        p.Privileges = granted;
        p.PrivilegesFromRs = true;
        SendRights.Pair(slot);
        return IpcStatus.Ok;
    }

    private const ulong TaskBits = ~0UL << ProcessTable.FirstTaskSlot;

    private static long SetUser(Message* m)
    {
        uint primitives = PrivCtl.Primitives(m->A3);
        // A user process may only call and wait for the reply (the checker refuses anything else too).
        if (primitives != Privileges.UserPrimitives || PrivCtl.Calls(m->A3) != 0) return IpcStatus.BadCall;
        s_user = new Privileges { Primitives = primitives, SendTo = m->A4 & ~TaskBits };
        s_userSet = true;
        return IpcStatus.Ok;
    }

    // Every function with this id (both NICs): each I/O BAR as a port range; the line if asked.
    private static bool AddPciDevices(ref Privileges granted, ushort vendor, ushort device, bool addLine)
    {
        bool found = false;
        for (int index = 0; PciConfig.TryFind(vendor, device, index, out PciAddress at); index++)
        {
            found = true;
            for (int bar = 0; bar < 6; bar++)
            {
                ushort io = PciConfig.IoBase(at, bar);
                if (io != 0 && !granted.AddPorts(io, (ushort)PciConfig.IoSize(at, bar))) return false;
            }
            byte line = PciConfig.InterruptLine(at);
            if (addLine && line < 16) granted.IrqLines |= (ushort)(1 << line);
        }
        return found;
    }
}
