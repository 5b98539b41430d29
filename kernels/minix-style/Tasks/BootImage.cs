// The processes the kernel starts at boot, with their endpoints and priorities (MINIX 3: the
// boot image table, kernel/table.c). The kernel gives privileges only to RS, the kernel-side
// test processes and their clients; the services of system.conf (PM, DS, FS, the network
// server, the ATA and RTL8139 drivers) are loaded without any and wait until RS, which reads
// the checked table the kernel maps into it read-only, sets them by SYS_PRIVCTL and lets them
// run. RS (priority 3) restarts those that die or hang, by system.conf's policies. ipc-test
// runs as a system process with every primitive, as a user process that may only sendrec to
// PM (to show each refusal), and twice more as a user process that breaks the separation of
// instructions and data (each must fault).
using Testbed.Drivers.Faults;

namespace MinixStyle.Tasks;

public static unsafe partial class BootImage
{
    public const int DriverPriority = 2, RsPriority = 3, PmPriority = 4, TestPriority = 7;
    /// <summary>The checked system.conf (Build/ServiceConfig), a boot module of its own.</summary>
    public const string PrivilegeTable = "privileges.bin";
    public const int UserTestSlot = Endpoint.UserIpcTest, JumpIntoDataSlot = Endpoint.JumpIntoData, WriteTextSlot = Endpoint.WriteText;

    public static void Start(ulong iterations)
    {
        ulong all = (1UL << ProcessTable.Slots) - 1;
        uint serverCalls = (1u << KernelCallNumber.Exit) | (1u << KernelCallNumber.GetInfo);
        uint testCalls = serverCalls | (1u << KernelCallNumber.DiagCtl) | (1u << KernelCallNumber.Null) | (1u << KernelCallNumber.SetAlarm);
        // The services of system.conf wait without privileges until RS gives them theirs (DoPrivCtl).
        LoadService(Endpoint.Pm, "pm.elf", PmPriority, 0);
        LoadService(Endpoint.Ds, "ds.elf", PmPriority, ServerFaultArgument.Pack(PlanFor("ds")));
        uint rsCalls = serverCalls | (1u << KernelCallNumber.Kill) | (1u << KernelCallNumber.Exec) | (1u << KernelCallNumber.Times)
            | (1u << KernelCallNumber.SetAlarm) | (1u << KernelCallNumber.DiagCtl) | (1u << KernelCallNumber.PrivCtl);
        LoadRs(new Privileges { Primitives = Privileges.AllPrimitives, SendTo = all, Calls = rsCalls });
        // selftest-break=process.fork-exec-only-pm: ipc-test gets PM's fork and exec, so that the check on their refusal must fail.
        uint ipcTestCalls = CommandLine.Breaks("process.fork-exec-only-pm") ? testCalls | (1u << KernelCallNumber.Fork) | (1u << KernelCallNumber.Exec) : testCalls;
        Load(Endpoint.IpcTest, "ipc-test.elf", TestPriority,
            new Privileges { Primitives = Privileges.AllPrimitives, SendTo = all, Calls = ipcTestCalls },
            StartArgument.Pack(StartArgument.RoleSystem, iterations));
        // A driver: no I/O of its own, only SYS_DEVIO on the CMOS RTC's two ports and its IRQ 8.
        uint driverCalls = (1u << KernelCallNumber.Exit) | (1u << KernelCallNumber.DevIo) | (1u << KernelCallNumber.IrqCtl) | (1u << KernelCallNumber.DiagCtl);
        // It may try the string, vector and DMA calls too, to show their refusals.
        var rtc = new Privileges { Primitives = Privileges.AllPrimitives, SendTo = 1UL << Endpoint.Ds, IrqLines = 1 << 8,
            Calls = driverCalls | (1u << KernelCallNumber.SDevIo) | (1u << KernelCallNumber.VDevIo) | (1u << KernelCallNumber.Umap) };
        rtc.AddPorts(0x70, 2);
        Load(Endpoint.RtcDriver, "rtc-driver.elf", DriverPriority, rtc, 0);
        StartDisk(iterations);
        StartNet(iterations);
        var user = new Privileges { Primitives = Privileges.UserPrimitives, SendTo = 1UL << Endpoint.Pm, Calls = 0 };
        // selftest-break=privilege.user-refusals: the user instance gets a system process's
        // privileges, so that the check on what it was refused must fail.
        if (CommandLine.Breaks("privilege.user-refusals")) user = new Privileges { Primitives = Privileges.AllPrimitives, SendTo = all, Calls = testCalls };
        Load(UserTestSlot, "ipc-test.elf", TestPriority, user, StartArgument.Pack(StartArgument.RoleUser, 0));
        // Separate instruction and data: two more user instances, each of which must fault.
        Load(JumpIntoDataSlot, "ipc-test.elf", TestPriority, user, StartArgument.Pack(StartArgument.RoleJumpIntoData, 0));
        Load(WriteTextSlot, "ipc-test.elf", TestPriority, user, StartArgument.Pack(StartArgument.RoleWriteText, 0));
        ChildSlots.Prepare();
    }

    // A fault= word for a server: armed (the record says so) and handed over in its start argument.
    private static FaultPlan PlanFor(string target)
    {
        if (!FaultPlanParser.TryParse(Multiboot.CommandLine, target, out FaultPlan plan)) return default;
        FaultPlanLine.Write(plan, FaultPlanState.Armed);
        return plan;
    }

    // RS, with the privilege table's pages mapped read-only at RsLayout.ServiceTable.
    private static void LoadRs(Privileges privileges)
    {
        if (!Multiboot.TryFindModule(PrivilegeTable, out BootModule table)) Panic.Halt("minix-style: the privilege table (privileges.bin) is not among the boot modules");
        ref Proc rs = ref Load(Endpoint.Rs, "rs.elf", RsPriority, privileges, RsLayout.Pack(table.Start & 0xFFF, table.Size));
        rs.Service = true;
        AddressSpace space = ProcessTable.Images[Endpoint.Rs].Space;
        for (ulong page = table.Start & ~0xFFFUL, at = RsLayout.ServiceTable; page < table.End; page += 4096, at += 4096)
            if (!space.Map(at, page, PageFlags.User | PageFlags.NoExecute)) Panic.Halt("minix-style: cannot map the privilege table into RS");
    }

    // The shared ATA driver in ring 3 on the PIIX primary channel (its legacy ports, IRQ 14)
    // and the IDE function's bus-master ports (BAR4), found here by the HAL's PCI scan and
    // passed in the driver's start argument (MINIX 3 asks its PCI server; there is none yet),
    // with the command line's plan for "ata". Its raw block client runs below ipc-test.
    private static void StartDisk(ulong iterations)
    {
        ushort busMaster = 0;
        // ata=pio: no bus-master ports, so the driver moves its data by SYS_SDEVIO.
        if (!CommandLine.ValueIs("ata", "pio") && PciConfig.TryFind(0x8086, 0x7010, 0, out PciAddress ide) && (busMaster = PciConfig.IoBase(ide, 4)) != 0)
            PciConfig.EnableIoAndBusMastering(ide);
        FaultPlanParser.TryParse(CommandLine.Words.Line, "ata", out FaultPlan plan);
        if (plan.IsArmed) FaultPlanLine.Write(plan, FaultPlanState.Armed);
        LoadService(Endpoint.AtaDriver, "ata-driver.elf", DriverPriority, StartArgument.Ata(busMaster, (uint)plan.Kind, plan.Persistent, plan.AtRequest));
        // SetAlarm: it waits a tick at a time for RS to publish a restarted driver in DS.
        uint clientCalls = (1u << KernelCallNumber.Exit) | (1u << KernelCallNumber.GetInfo) | (1u << KernelCallNumber.DiagCtl) | (1u << KernelCallNumber.SetGrant)
            | (1u << KernelCallNumber.SetAlarm);
        // selftest-break=safecopy.revoked-grant-refused: the client leaves the grant it should revoke valid.
        ulong role = CommandLine.Breaks("safecopy.revoked-grant-refused") ? StartArgument.RoleKeepRevokedGrant : 0;
        Load(Endpoint.BlockClient, "block-bench.elf", TestPriority + 1,
            new Privileges { Primitives = Privileges.AllPrimitives, SendTo = 1UL << Endpoint.AtaDriver | 1UL << Endpoint.Ds | 1UL << Endpoint.Rs, Calls = clientCalls },
            StartArgument.Pack(role, iterations));
        StartFiles(iterations);
    }

    // FS on the same disk (its own half, Processes/Fs/FsLayout.cs) and its file workload. FS
    // replies to any client and asks the disk driver, DS and RS; its client makes grants.
    private static void StartFiles(ulong iterations)
    {
        LoadService(Endpoint.Fs, "fs.elf", PmPriority, ServerFaultArgument.Pack(PlanFor("fs")));
        uint clientCalls = (1u << KernelCallNumber.Exit) | (1u << KernelCallNumber.GetInfo) | (1u << KernelCallNumber.DiagCtl) | (1u << KernelCallNumber.SetGrant)
            | (1u << KernelCallNumber.SetAlarm);
        Load(Endpoint.FsClient, "fs-client.elf", TestPriority + 2,
            new Privileges { Primitives = Privileges.AllPrimitives, SendTo = 1UL << Endpoint.Fs | 1UL << Endpoint.Ds, Calls = clientCalls }, StartArgument.Pack(0, iterations));
    }

    // A service of system.conf: loaded, but not admitted until RS has set its privileges (PrivCtl.Allow).
    private static void LoadService(int slot, string image, int priority, ulong argument)
    {
        // selftest-break=privilege.set-by-rs: DS runs at once with the kernel's privileges, so
        // that RS's allowing it is refused and only RS's check fails.
        bool early = slot == Endpoint.Ds && CommandLine.Breaks("privilege.set-by-rs");
        var kernels = new Privileges { Primitives = Privileges.AllPrimitives, SendTo = (1UL << ProcessTable.FirstTaskSlot) - 1, Calls = 1u << KernelCallNumber.GetInfo };
        ref Proc p = ref Load(slot, image, priority, early ? kernels : default, argument, admit: early);
        p.Service = true;
        p.AwaitingPrivileges = !early;
    }

    private static ref Proc Load(int slot, string image, int priority, Privileges privileges, ulong argument, bool admit = true)
    {
        UserProcess process = UserProcess.Create(image, 4, argument);
        if (process == null) Panic.Halt("minix-style: a boot image module is missing or cannot be loaded");
        ProcessTable.Images[slot] = process;
        ProcessTable.Threads[slot] = process.Thread;
        ref Proc p = ref ProcessTable.Procs[slot];
        p.InUse = true;
        p.Endpoint = slot;
        p.Priority = p.BasePriority = priority;
        p.Privileges = privileges;
        p.BootArgument = argument;
        process.Thread.State = ThreadState.Ready;
        if (admit) Scheduler.Admit(slot);
        return ref p;
    }
}
