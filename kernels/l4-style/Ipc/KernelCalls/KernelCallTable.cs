// The kernel calls that are not IPC, dispatched through a table as MINIX 3 does
// (kernel/system.c: call_vec[] maps a call number to its do_*() handler, one file per
// call under kernel/system/). Each entry says, as data, whether only the root task may
// make the call; the dispatcher checks that once, so no handler repeats it. Creating
// and starting tasks, installing capabilities, handing out I/O ports and interrupt
// lines, and looking into another task's memory are the root task's privilege: that is
// the whole of the kernel's access-control policy (README, "Access control").
//
// Register contract (Abi/Abi.cs): arguments in MR0..MR5 (rdi, rsi, rdx, r8, r9, r10),
// results in rax (the status the handler returns) and MR0..MR2. A handler that switches
// away (yield, exit) does not come back here until its thread runs again.
//
// Where the table lives: ilc does not pre-initialise a static that holds a method's
// address (`&Handle` is ldftn, which its static-constructor interpreter leaves to run
// time), so an initialised static array would cost a class constructor, an allocation on
// first use and a constructor check on every call. Instead the table is a fixed-size
// block of plain (non-GC) statics, with no initialiser and so no class constructor,
// filled once at boot by Install, as MINIX fills call_vec in system_init(). A call is a
// bounds check, two loads and an indirect call.

namespace L4Style.Ipc.KernelCalls;

public static unsafe class KernelCallTable
{
    /// <summary>Op.Null .. Op.ThreadStatus: the numbers Abi/Abi.cs gives the kernel calls.</summary>
    private const int Count = (int)(Op.ThreadStatus - Op.Null + 1);

    private struct Entry
    {
        public delegate*<Tcb*, ref Registers, ulong> Handler;    // null: no such call (BadArgument)
        public ulong RootOnly;                                   // nonzero: the root task's privilege (NotPrivileged)
    }

    private struct Table
    {
        public fixed ulong Words[Count * 2];                     // Count entries
    }

    private static Table s_table;

    private static Entry* Entries => (Entry*)Unsafe.AsPointer(ref s_table);

    /// <summary>Fills the table at boot, before the first thread runs.</summary>
    public static void Install()
    {
        Set(Op.Null, &NullCall.Handle, rootOnly: false);
        Set(Op.ThreadCreate, &ThreadCreate.Handle, rootOnly: false);
        Set(Op.ThreadExit, &ThreadExit.Handle, rootOnly: false);
        Set(Op.TaskCreate, &TaskCreate.Handle, rootOnly: true);
        Set(Op.TaskStart, &TaskStart.Handle, rootOnly: true);
        Set(Op.TaskDestroy, &TaskDestroy.Handle, rootOnly: true);
        Set(Op.CapInstall, &CapInstall.Handle, rootOnly: true);
        Set(Op.Unmap, &Unmap.Handle, rootOnly: false);
        Set(Op.IoGrant, &IoGrant.Handle, rootOnly: true);
        Set(Op.IrqGrant, &IrqGrant.Handle, rootOnly: true);
        Set(Op.IrqAttach, &IrqAttach.Handle, rootOnly: false);        // needs the right to the line that IrqGrant gave
        Set(Op.Yield, &Yield.Handle, rootOnly: false);
        Set(Op.Lookup, &Lookup.Handle, rootOnly: true);
        Set(Op.Kdb, &Kdb.Handle, rootOnly: false);                    // checks and Done are the root's: Debug/KernelDebug decides per sub-call
        Set(Op.Whoami, &Whoami.Handle, rootOnly: false);
        Set(Op.Ticks, &Ticks.Handle, rootOnly: false);
        Set(Op.ThreadStatus, &ThreadStatus.Handle, rootOnly: false);  // whoever holds a right to a thread may ask
        // Op.ModuleInfo has a number in the ABI but was never implemented: its entry stays empty.
    }

    /// <summary>Runs kernel call <paramref name="op"/> for <paramref name="t"/>; the status goes to its rax.</summary>
    public static void Run(Tcb* t, ulong op)
    {
        ref Registers r = ref t->Regs;
        ulong index = op - Op.Null;          // a number below Op.Null wraps around: out of range
        ulong status;
        Entry* call = Entries + index;
        if (index >= Count || call->Handler == null) status = Status.BadArgument;
        else if (call->RootOnly != 0 && t->Task->Privileged == 0) status = Status.NotPrivileged;
        else status = call->Handler(t, ref r);
        r.Rax = status;
    }

    private static void Set(ulong op, delegate*<Tcb*, ref Registers, ulong> handler, bool rootOnly)
    {
        if (op - Op.Null >= Count) Panic.Halt("l4: a kernel call numbered outside the table (Ipc/KernelCalls/KernelCallTable.cs)");
        Entry* entry = Entries + (op - Op.Null);
        entry->Handler = handler;
        entry->RootOnly = rootOnly ? 1UL : 0;
    }
}
