// The system task (MINIX 3: kernel/system.c): a process of its own that shares the
// kernel's address space, at the highest priority. A kernel call is a sendrec to it: the
// caller's message (Type = call number) is copied into the task, which checks the caller's
// call mask, runs the handler of that number (one file each, MINIX's do_*.c) on its copy,
// puts the status in Type and sends the copy back as the reply.
namespace MinixStyle.KernelCalls;

public static unsafe class SystemTask
{
    public const int Priority = 0;

    private static TaskMessageRoom s_request;

    public static void Start()
    {
        InTrap = CommandLine.ValueIs("kcalls", "trap");
        KernelTask.Start(ProcessTable.SystemSlot, Endpoint.System, Priority,
            new Privileges { Primitives = Privileges.AllPrimitives, SendTo = (1UL << ProcessTable.Slots) - 1 }, &Serve, &Ended);
    }

    /// <summary>
    /// Where kernel calls run: in the system task (false; MINIX 3.1, the papers' system) or in
    /// the caller's trap (true; MINIX 3.2's kernel_call). Boot word kcalls=trap, or a test
    /// process's SYS_DIAGCTL KernelCallPath between measurements (the .in-trap rows).
    /// </summary>
    public static bool InTrap;

    /// <summary>The kernel-call trap: a sendrec to the system task, or the handler in the trap; the status comes back in the reply's Type.</summary>
    public static long Request(int caller, ulong message) => InTrap ? KernelCallTrap.Call(caller, message) : ToTask(caller, message);

    /// <summary>A sendrec to the system task; its status comes back in the reply's Type.</summary>
    public static long ToTask(int caller, ulong message)
    {
        long status = Rendezvous.SendRec(caller, ProcessTable.SystemSlot, message);
        if (status != IpcStatus.Ok) return status;
        return UserMessage.Resolve(caller, message, forWriting: false)->Type;
    }

    private static void Serve(ulong unused)
    {
        // The kernel is not preemptible (no interrupt while it changes the table): the task
        // runs with interrupts off, and the context switch keeps each thread's flags.
        Cpu.DisableInterrupts();
        int self = ProcessTable.SystemSlot;
        Message* m = TaskMessageRoom.Of(ref s_request);
        for (;;)
        {
            if (Rendezvous.Receive(self, Endpoint.Any, (ulong)m) != IpcStatus.Ok) continue;
            int caller = ProcessTable.SlotOfEndpoint(m->Source);
            m->Type = (int)Call(caller, m);
            // The caller waits in its sendrec (or has just been ended by SYS_EXIT): never block on it.
            Rendezvous.Send(self, caller, (ulong)m, SendMode.NonBlocking);
        }
    }

    /// <summary>The call's handler (both paths), after the caller's call mask.</summary>
    public static long Call(int caller, Message* m)
    {
        int call = m->Type;
        if (call < 0 || call >= KernelCallNumber.Count) return IpcStatus.BadCall;
        if (!ProcessTable.Procs[caller].Privileges.MayCall(call)) return IpcStatus.CallDenied;
        return call switch
        {
            KernelCallNumber.Null => IpcStatus.Ok,
            KernelCallNumber.Exit => DoExit.Handle(caller, m),
            KernelCallNumber.GetInfo => DoGetInfo.Handle(caller, m),
            KernelCallNumber.DiagCtl => DoDiagCtl.Handle(caller, m),
            KernelCallNumber.SetAlarm => DoSetAlarm.Handle(caller, m),
            KernelCallNumber.DevIo => DoDevIo.Handle(caller, m),
            KernelCallNumber.IrqCtl => DoIrqCtl.Handle(caller, m),
            KernelCallNumber.SDevIo => DoSDevIo.Handle(caller, m),
            KernelCallNumber.VDevIo => DoVDevIo.Handle(caller, m),
            KernelCallNumber.Umap => DoUmap.Handle(caller, m),
            KernelCallNumber.SetGrant => DoSetGrant.Handle(caller, m),
            KernelCallNumber.SafeCopy => DoSafeCopy.Handle(caller, m),
            KernelCallNumber.Kill => DoKill.Handle(caller, m),
            KernelCallNumber.Exec => DoExec.Handle(caller, m),
            KernelCallNumber.Times => DoTimes.Handle(caller, m),
            KernelCallNumber.Fork => DoFork.Handle(caller, m),
            KernelCallNumber.Clear => DoClear.Handle(caller, m),
            KernelCallNumber.PrivCtl => DoPrivCtl.Handle(caller, m),
            _ => IpcStatus.BadCall,
        };
    }

    private static void Ended() => Panic.Halt("minix-style: the system task returned");
}
