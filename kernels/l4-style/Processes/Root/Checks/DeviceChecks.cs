// Devices at user level: a task without I/O rights that touches a port faults, and its
// pager hears of it as an exception message; a task granted the RTC's ports and IRQ 8
// drives the periodic interrupt and receives each interrupt as IPC.
using L4Style.Abi;
using L4Style.Processes.UserLib;

namespace L4Style.Processes.Root.Checks;

public static class DeviceChecks
{
    private const ulong RtcInterrupts = 5;

    public static void Run()
    {
        Peer rogue = Peers.Start(PeerMode.IoWithoutRight);
        Message m = default;
        IpcResult r = Ipc.Receive(ref m, rogue.Slot);
        Kdb.Check("io.port-without-right-faults", r.Ok && r.Kind == Kind.Exception && m.Mr0 == 13, "vector", m.Mr0);
        Peers.Destroy(rogue);

        // Created stopped, given its rights, then started.
        Peer driver = Peers.Start(PeerMode.RtcDriver, RtcInterrupts, priority: 120, stopped: true);
        Kernel.Invoke(Op.IoGrant, driver.Task, 0x70, 2);
        Kernel.Invoke(Op.IrqGrant, driver.Task, 8);
        Peers.Run(driver);
        m = default;
        r = Ipc.Receive(ref m, driver.Slot);
        Kdb.Check("io.port-granted-through-tss-bitmap", r.Ok && r.Kind == Kind.Message && m.Mr1 == Status.Ok, "status", m.Mr1);
        Kdb.Check("irq.delivered-as-ipc", m.Mr0 == RtcInterrupts, "interrupts", m.Mr0);
        Peers.Destroy(driver);
    }
}
