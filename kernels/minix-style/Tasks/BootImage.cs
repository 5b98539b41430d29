// The processes the kernel starts at boot, with their endpoints, priorities and privileges
// (MINIX 3: the boot image table, kernel/table.c). RS (priority 3) restarts the services
// (PM, DS) that die or hang, by the policy of system.conf, whose checked table the kernel maps
// into RS read-only. PM and DS are servers (priority 4, may send to anyone); ipc-test runs as a system process with every primitive, as a user process
// that may only sendrec to PM (to show each refusal), and twice more as a user process
// that breaks the separation of instructions and data (each must fault).
namespace MinixStyle.Tasks;

public static unsafe class BootImage
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
        Load(Endpoint.Pm, "pm.elf", PmPriority, new Privileges { Primitives = Privileges.AllPrimitives, SendTo = all, Calls = serverCalls }, 0).Service = true;
        uint dsCalls = serverCalls | (1u << KernelCallNumber.DiagCtl);     // DiagCtl: the "committed" record of its planned fault
        Load(Endpoint.Ds, "ds.elf", PmPriority, new Privileges { Primitives = Privileges.AllPrimitives, SendTo = all, Calls = dsCalls }, ServerFaultArgument.Pack(PlanFor("ds"))).Service = true;
        uint rsCalls = serverCalls | (1u << KernelCallNumber.Kill) | (1u << KernelCallNumber.Exec) | (1u << KernelCallNumber.Times)
            | (1u << KernelCallNumber.SetAlarm) | (1u << KernelCallNumber.DiagCtl);
        LoadRs(new Privileges { Primitives = Privileges.AllPrimitives, SendTo = all, Calls = rsCalls });
        Load(Endpoint.IpcTest, "ipc-test.elf", TestPriority,
            new Privileges { Primitives = Privileges.AllPrimitives, SendTo = all, Calls = testCalls },
            StartArgument.Pack(StartArgument.RoleSystem, iterations));
        // A driver: no I/O of its own, only SYS_DEVIO on the CMOS RTC's two ports and its IRQ 8.
        uint driverCalls = (1u << KernelCallNumber.Exit) | (1u << KernelCallNumber.DevIo) | (1u << KernelCallNumber.IrqCtl) | (1u << KernelCallNumber.DiagCtl);
        Load(Endpoint.RtcDriver, "rtc-driver.elf", DriverPriority,
            new Privileges { Primitives = Privileges.AllPrimitives, SendTo = 1UL << Endpoint.Ds, Calls = driverCalls, IoBase = 0x70, IoCount = 2, IrqLines = 1 << 8 }, 0);
        var user = new Privileges { Primitives = Privileges.UserPrimitives, SendTo = 1UL << Endpoint.Pm, Calls = 0 };
        // selftest-break=privilege.user-refusals: the user instance gets a system process's
        // privileges, so that the check on what it was refused must fail.
        if (CommandLine.Breaks("privilege.user-refusals")) user = new Privileges { Primitives = Privileges.AllPrimitives, SendTo = all, Calls = testCalls };
        Load(UserTestSlot, "ipc-test.elf", TestPriority, user, StartArgument.Pack(StartArgument.RoleUser, 0));
        // Separate instruction and data: two more user instances, each of which must fault.
        Load(JumpIntoDataSlot, "ipc-test.elf", TestPriority, user, StartArgument.Pack(StartArgument.RoleJumpIntoData, 0));
        Load(WriteTextSlot, "ipc-test.elf", TestPriority, user, StartArgument.Pack(StartArgument.RoleWriteText, 0));
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

    private static ref Proc Load(int slot, string image, int priority, Privileges privileges, ulong argument)
    {
        UserProcess process = UserProcess.Create(image, 4, argument);
        if (process == null) Panic.Halt("minix-style: a boot image module is missing or cannot be loaded");
        ProcessTable.Images[slot] = process;
        ProcessTable.Threads[slot] = process.Thread;
        ref Proc p = ref ProcessTable.Procs[slot];
        p.InUse = true;
        p.Endpoint = slot;
        p.Priority = priority;
        p.Privileges = privileges;
        p.BootArgument = argument;
        process.Thread.State = ThreadState.Ready;
        Scheduler.Admit(slot);
        return ref p;
    }
}
