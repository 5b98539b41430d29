// Creating, starting, ending and reclaiming SIPs. A SIP ends by its own Exit call or is
// killed (a fault in its code, a failed runtime check, a contract violation, the
// watchdog): either way its thread never runs again, and the kernel's manager thread
// (it does not run on the dying SIP's stack) reclaims everything: pages, exchange heap
// blocks, endpoints (each peer gets channel-closed), name-space entries. Paper section
// 2.1 ("SIPs ... can be terminated and their resources reclaimed") and 4.
using Testbed.Guest.Measure;
using Testbed.Protocol;

namespace Singularity.Tasks;

public static unsafe class SipLifecycle
{
    private static ulong s_nextId = 1;
    private static Sip[] s_slots = new Sip[SipRegion.Slots];
    private static Sip s_deadHead, s_deadTail;
    private static Thread s_manager;

    public static int LastReclaimedFrames;
    public static int LastReclaimedBlocks;
    public static int LastClosedEndpoints;

    public static void Initialize()
    {
        s_manager = Thread.CreateKernel(&ManagerLoop, 0, &Scheduler.ExitCurrent);
    }

    /// <summary>Creates the SIP named <paramref name="name"/> in the manifest and makes its thread ready. Null if refused.</summary>
    public static Sip Start(string name, long argument)
    {
        ulong start = Tsc.Open();       // sip.create-start's window (Tsc.cs), closed at its death
        ManifestEntry manifest = SystemManifest.Find(name);
        if (manifest == null) return null;
        BootModule module = default;
        bool found = false;
        for (int i = 0; i < Multiboot.ModuleCount && !found; i++)
        {
            module = Multiboot.Module(i);
            found = manifest.Code.NamesModule(module);
        }
        if (!found) return null;

        var sip = new Sip { Id = s_nextId++, Name = name, Manifest = manifest, Argument = argument, StartTsc = start };
        sip.Cell = Ipc.FastPath.AllocateSipCell();
        sip.Cell->Sip = Ipc.FastPath.AddressOf(sip);
        sip.Cell->Id = sip.Id;
        ulong entry = SipLoader.Load(sip, module);
        if (entry == 0 || s_slots[sip.Slot] != null && s_slots[sip.Slot] != sip)
        {
            if (entry != 0 || sip.ImagePages > 0) SipLoader.Unload(sip);
            Ipc.FastPath.FreeSipCell(sip.Cell);
            sip.Cell = null;
            return null;
        }
        s_slots[sip.Slot] = sip;
        if (!SipLoader.MapStack(sip, manifest.StackPages)) Panic.Halt("singularity: out of frames for a SIP stack");

        sip.Info = (StartInfo*)KernelHeap.Allocate((nuint)sizeof(StartInfo), 16);
        sip.Info->AbiTable = KernelAbi.TableAddress;
        sip.Info->SipId = sip.Id;
        sip.Info->ExchangeBase = ExchangeHeap.BaseAddress;
        sip.Info->ExchangeBlocks = ExchangeHeap.Blocks;
        sip.Info->Argument = (ulong)argument;
        sip.Info->PortBase = manifest.PortBase;
        sip.Info->PortCount = manifest.PortCount;
        sip.Info->PortBase2 = manifest.PortBase2;
        sip.Info->PortCount2 = manifest.PortCount2;
        Testbed.Drivers.Faults.FaultPlan plan = Drivers.DriverFaults.Take(name);
        sip.Info->FaultKind = (ulong)plan.Kind;
        sip.Info->FaultAt = plan.AtRequest;
        sip.Info->Irq = manifest.Irq;
        sip.Info->Irq2 = ulong.MaxValue;
        sip.Info->PciPortBase = 0;
        sip.Info->PciPortCount = 0;
        if (manifest.PciCount > 0) Drivers.PciGrants.Grant(sip);

        ulong stackTop = SipRegion.StackTop(sip.Slot);
        sip.Thread = Thread.CreateKernelOnStack((delegate*<ulong, void>)entry, (ulong)sip.Info, &ReturnedFromEntry,
            stackTop - (ulong)manifest.StackPages * 4096, stackTop);
        sip.Thread.Owner = sip;
        sip.State = SipState.Running;
        if (sip.Info->Irq <= 15) Drivers.InterruptLines.Enable((int)sip.Info->Irq);
        if (sip.Info->Irq2 <= 15) Drivers.InterruptLines.Enable((int)sip.Info->Irq2);
        Scheduler.MakeReady(sip.Thread);
        return sip;
    }

    // The SIP entry never returns (it leaves through Exit); if it did, that is a fault.
    private static void ReturnedFromEntry() => Kill(Scheduler.CurrentSip, FaultKinds.Unsupported);

    /// <summary>The current SIP ends by itself (the Exit call).</summary>
    public static void Exit(Sip sip, long code)
    {
        sip.ExitCode = code;
        sip.State = SipState.Exited;
        Die(sip);
    }

    /// <summary>Kills the current SIP: it never runs again; the manager reclaims it.</summary>
    public static void Kill(Sip sip, long kind)
    {
        if (sip == null) Panic.Halt("singularity: a kernel thread faulted");
        // Not a CPU exception (those were stamped at their dispatch): the kill is the fault's entry.
        if (sip.Manifest.Driver && Drivers.RecoveryStamps.Failed != sip) Drivers.RecoveryStamps.Begin(sip, Cpu.ReadTsc());
        sip.FaultKind = kind;
        sip.State = SipState.Killed;
        TbLine.Begin(ProtocolNames.Fault).Field("name", FaultKinds.Name(kind)).Field("sip", sip.Name)
            .Field("id", sip.Id).Field("code", (ulong)kind).End();
        Die(sip);
    }

    private static void Die(Sip sip)
    {
        sip.DeathTsc = Tsc.Close();
        sip.DeathIdleTsc = IdleClock.Halted;
        sip.NextDead = null;
        if (s_deadTail == null) s_deadHead = sip; else s_deadTail.NextDead = sip;
        s_deadTail = sip;
        if (s_managerWaiting)
        {
            s_managerWaiting = false;
            Scheduler.MakeReady(s_manager);
        }
        if (Thread.Current == sip.Thread) Scheduler.ExitCurrent();
    }

    private static bool s_managerWaiting;

    public static void StartManager() => Scheduler.MakeReady(s_manager);

    /// <summary>Waits (blocked) until <paramref name="sip"/> has ended and been reclaimed.</summary>
    public static void Join(Sip sip)
    {
        if (sip.State == SipState.Reclaimed) return;
        sip.Joiner = Thread.Current;
        Scheduler.Block();
    }

    private static void ManagerLoop(ulong unused)
    {
        while (true)
        {
            while (s_deadHead == null)
            {
                s_managerWaiting = true;
                Scheduler.Block();
            }
            Sip sip = s_deadHead;
            s_deadHead = sip.NextDead;
            if (s_deadHead == null) s_deadTail = null;
            if (sip.FaultKind != 0) Drivers.RecoveryStamps.Taking(sip);
            Reclaim(sip);
            if (sip.Joiner != null)
            {
                Thread joiner = sip.Joiner;
                sip.Joiner = null;
                Scheduler.MakeReady(joiner);
            }
            if (sip.FaultKind != 0 && sip.Manifest.Driver) DriverManager.Restart(sip);
        }
    }

    private static void Reclaim(Sip sip)
    {
        LastClosedEndpoints = Endpoints.CloseAllOf(sip);
        NameServer.RemoveAllOf(sip);
        LastReclaimedBlocks = ExchangeHeap.ReclaimAllOf(sip.Id);
        LastReclaimedFrames = SipLoader.Unload(sip);
        Drivers.DmaPool.Release(sip);
        s_slots[sip.Slot] = null;
        Ipc.FastPath.FreeSipCell(sip.Cell);        // no endpoint names it any more
        sip.Cell = null;
        sip.State = SipState.Reclaimed;
    }
}
