// The driver manager (MINIX 3's reincarnation server, in an L4 system a user-level
// service in the root task): starts each driver task from its boot module with exactly the
// ports, interrupt line and memory it needs, is its pager (so its faults and its exit come
// here as messages), watches its heartbeat, and when it dies, faults, hangs or answers
// nonsense, destroys it and starts a fresh copy from the pristine module. Clients keep
// their slot: the manager puts the new driver's right into it. A driver that keeps dying
// (RestartBudget spent: a persistent fault) is given up: lost, its clients' requests fail.
using L4Style.Abi;
using L4Style.Processes.UserLib;
using Testbed.Drivers.Faults;
using Testbed.Guest.Measure;

namespace L4Style.Processes.Root;

public static unsafe class DriverManager
{
    // Below the manager (the root task, 100): a driver that spins must not starve the one who watches it.
    public const int DriverPriority = 90;
    public const ulong HeartbeatTicks = 5;
    public const ulong HungTicks = 10;
    private const ulong MaxRestarts = 8;
    private const ushort RealtekVendor = 0x10EC, Rtl8139Device = 0x8139;
    private const ushort IntelVendor = 0x8086, Piix3Ide = 0x7010;

    public static ManagedDriver Disk, Net;

    /// <summary>Finds the devices and prepares both drivers (not yet started).</summary>
    public static void Prepare()
    {
        Kernel.Invoke(Op.IoGrant, 0, 0xCF8, 8);        // PCI configuration space, for the root itself

        Disk = new ManagedDriver { Name = "ata", Kind = DriverKind.Disk, Module = Modules.Ata };
        // The primary channel at its ISA addresses; its bus-master DMA registers are the first
        // eight ports of the PIIX3 IDE function's BAR4 (unless ata=pio).
        ushort busMaster = 0;
        if (!KernelCommandLine.Words.ValueIs("ata", "pio") && Pci.TryFind(IntelVendor, Piix3Ide, 0, out ushort bmBase, out _, bar: 4))
            busMaster = bmBase;
        Disk.Device0 = DriverSetupWords.Device(0x1F0, 0x3F6, 14, busMaster);
        Disk.DeviceCount = 1;
        Disk.AddPorts(0x1F0, 8);
        Disk.AddPorts(0x3F6, 1);
        if (busMaster != 0) Disk.AddPorts(busMaster, 8);
        Disk.IrqLines = 1UL << 14;

        Net = new ManagedDriver { Name = "rtl8139", Kind = DriverKind.Net, Module = Modules.Rtl8139 };
        for (int i = 0; i < 2; i++)
        {
            if (!Pci.TryFind(RealtekVendor, Rtl8139Device, i, out ushort io, out byte irq)) break;
            if (i == 0) Net.Device0 = DriverSetupWords.Device(io, 0, irq); else Net.Device1 = DriverSetupWords.Device(io, 0, irq);
            Net.DeviceCount++;
            Net.AddPorts(io, 0x100);
            Net.IrqLines |= 1UL << irq;
        }

        for (int d = 0; d < 2; d++)
        {
            ManagedDriver driver = d == 0 ? Disk : Net;
            driver.SharedRegion = PagePool.Take(1UL << DriverLayout.SharedLog2);
            driver.DmaRegion = PagePool.TakeContiguous(1UL << DriverLayout.DmaLog2, out driver.DmaPhysical);
            if (FaultPlanParser.TryParse(KernelCommandLine.Words.Line, driver.Name, out FaultPlan plan))
                Arm(driver, plan);
        }
    }

    public static void Arm(ManagedDriver driver, FaultPlan plan)
    {
        driver.FaultWord = (ulong)plan.Kind << 8 | (ulong)plan.Target << 16 | (ulong)plan.AtRequest << 32;
        driver.Plan = plan;
        driver.WildWriteTarget = 0x10_0000;            // the kernel's image: supervisor-only, a page fault from ring 3
        driver.FaultPlanned = plan.IsArmed;
    }

    /// <summary>Starts a fresh incarnation and waits for its handshake; true when it is ready.</summary>
    public static bool Start(ManagedDriver driver)
    {
        driver.Ready = false;
        driver.Generation++;
        driver.Task = Peers.StartModule(driver.Module, 0, DriverPriority, stopped: true);
        if (!driver.Task.Started) return false;
        for (int i = 0; i < driver.PortRangeCount; i++)
            Kernel.Invoke(Op.IoGrant, driver.Task.Task, driver.PortRanges[i] & 0xFFFF, driver.PortRanges[i] >> 16);
        for (int line = 0; line < 16; line++)
            if ((driver.IrqLines & (1UL << line)) != 0) Kernel.Invoke(Op.IrqGrant, driver.Task.Task, (ulong)line);
        Peers.Run(driver.Task);
        driver.Reloaded = Now();
        // Hello: the shared region and the configuration (the fault plan only the first time,
        // unless it is persistent).
        Message m = default;
        if (!Expect(driver, ref m, DriverHello.Hello)) return false;
        m = default;
        m.Mr0 = driver.Device0;
        m.Mr1 = driver.Device1;
        m.Mr2 = driver.DeviceCount | (driver.Generation == 1 || driver.Plan.Persistent ? driver.FaultWord : 0);
        if (driver.Generation == 1 && driver.FaultPlanned)
            Kdb.FaultPlan((ulong)driver.Plan.Target, (ulong)driver.Plan.Kind, driver.Plan.AtRequest, (ulong)FaultPlanState.Armed);
        m.Mr3 = driver.WildWriteTarget;
        m.Mr4 = Fpage.Make(driver.SharedRegion, DriverLayout.SharedLog2, writable: true);
        m.Mr5 = 0;
        Ipc.Send(ref m, driver.Task.Slot, Op.MapItem);
        // Its DMA memory, where the window has room for it.
        m = default;
        if (!Expect(driver, ref m, DriverHello.NeedDma)) return false;
        m = default;
        m.Mr0 = driver.DmaPhysical;
        m.Mr1 = 4096UL << DriverLayout.DmaLog2;
        m.Mr4 = Fpage.Make(driver.DmaRegion, DriverLayout.DmaLog2, writable: true);
        m.Mr5 = DriverLayout.DmaOffset;
        Ipc.Send(ref m, driver.Task.Slot, Op.MapItem);
        m = default;
        if (!Expect(driver, ref m, DriverHello.Ready)) return false;
        driver.Status = (long)m.Mr1;
        driver.Capacity = m.Mr2;
        m = default;
        Ipc.Send(ref m, driver.Task.Slot);
        driver.Ready = driver.Status == 0;
        if (driver.Ready && driver.ClientTask != 0)
            Kernel.Invoke(Op.CapInstall, driver.ClientTask, ClientRequest.DriverSlot(driver.Kind), driver.Task.Thread);
        driver.Reinitialised = Now();
        return driver.Ready;
    }

    private static bool Expect(ManagedDriver driver, ref Message m, ulong hello)
    {
        IpcResult r = Ipc.ReceiveFor(ref m, 2000, driver.Task.Slot);
        return r.Ok && r.Kind == Kind.Message && m.Mr0 == hello;
    }

    /// <summary>The counter and the halted ticks so far, read together (a recovery's point).</summary>
    public static RecoveryStamp Now()
    {
        ulong tsc = Kernel.ReadTsc();
        return new RecoveryStamp(tsc, Kernel.HaltedTsc());
    }

    /// <summary>
    /// Destroys the current incarnation and starts another; reports the recovery.
    /// <paramref name="fault"/>: when the failure entered the kernel (a fault message's MR4/MR5)
    /// or expired (the heartbeat); <paramref name="detected"/>: when the manager began to act.
    /// </summary>
    public static void Restart(ManagedDriver driver, RecoveryStamp fault, RecoveryStamp detected, string why)
    {
        if (driver.Lost) return;
        driver.Fault = fault;
        driver.Detected = detected;
        driver.Reloaded = driver.Reinitialised = driver.Reply = default;
        Kdb.Event("driver-restart", why, driver.Generation);
        Peers.Destroy(driver.Task);
        driver.TornDown = Now();
        driver.Ready = false;
        if (!driver.Budget.TryRestart(fault.Tsc))
        {
            driver.Lost = true;
            Kdb.GaveUp(driver.Name, driver.Budget.RestartsInWindow);
            return;
        }
        while (driver.Restarts < MaxRestarts)
        {
            driver.Restarts++;
            if (Start(driver)) break;
            Peers.Destroy(driver.Task);
        }
        driver.LastRecovery = Kernel.ReadTsc() - fault.Tsc;
        Kdb.Event("recovery", driver.Name, driver.LastRecovery);
    }

    public static ManagedDriver ByThread(ulong thread)
        => Disk.Task.Thread == thread ? Disk : Net.Task.Thread == thread ? Net : null;

    public static ManagedDriver ByKind(ulong kind) => kind == DriverKind.Disk ? Disk : kind == DriverKind.Net ? Net : null;

    /// <summary>
    /// The heartbeat: a driver that has run in ring 3 for HungTicks timer ticks without a
    /// single system call (no IPC, no interrupt wait) is taken to hang. The kernel counts;
    /// a driver blocked in a long legitimate wait is not running and never looks hung.
    /// </summary>
    public static void Heartbeat()
    {
        for (int d = 0; d < 2; d++)
        {
            ManagedDriver driver = d == 0 ? Disk : Net;
            if (!driver.Ready) continue;
            Message m = default;
            m.Mr0 = driver.Task.Slot;
            if (Kernel.Invoke(Op.ThreadStatus, ref m) != Status.Ok || m.Mr1 < HungTicks) continue;
            RecoveryStamp expired = Now();
            Restart(driver, expired, expired, "missed-heartbeat");
        }
    }

    /// <summary>Answers a client's Connect or Broken: restart if asked (and not done already), give the right and the region.</summary>
    public static void Serve(ref Message request, ulong clientThread, ulong clientTask, ulong clientSlot)
    {
        ManagedDriver driver = ByKind(request.Mr1);
        Message reply = default;
        if (driver != null)
        {
            if (request.Mr0 == ClientRequest.Broken && request.Mr2 == driver.Generation)
            {
                RecoveryStamp reported = Now();
                Restart(driver, reported, reported, "client-report");
            }
            driver.ClientTask = clientTask;
            if (driver.Ready)
            {
                Kernel.Invoke(Op.CapInstall, clientTask, ClientRequest.DriverSlot(driver.Kind), driver.Task.Thread);
                reply.Mr0 = 1;
                reply.Mr1 = driver.Generation;
                reply.Mr4 = Fpage.Make(driver.SharedRegion, DriverLayout.SharedLog2, writable: true);
            }
        }
        Ipc.Send(ref reply, clientSlot, reply.Mr0 == 1 ? Op.MapItem : 0);
    }
}
