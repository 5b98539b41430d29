// The C# side of the IPC fast path (Ipc/ipc_fastpath.S): installed as the syscall handler
// in front of the slow path, the addresses it needs, each process's switch data, and the
// boot check that the offsets the assembly was written against are the build's.
namespace MinixStyle.Ipc;

public static unsafe class FastPath
{
    /// <summary>What ipc_fastpath.S keeps in its data (minix_fastpath_data), in its order.</summary>
    private struct Data
    {
        public ulong Procs, ProcStride, HalThread, HalSpace, TssRsp0, Hits;
    }

    /// <summary>The offsets and numbers the assembly uses (minix_fastpath_layout), in its order.</summary>
    private struct Layout
    {
        public ulong InUse, Endpoint, Priority, NextReady, Primitives, SendMask;
        public ulong Receiving, ReplyPending, ReceiveFrom, Message, FirstSender, NotifyPending;
        public ulong QuantumLeft, Result, Exited, Thread, KernelStack, Space, SpaceRoot;
        public ulong MessagePage, MessageOffset, ThreadSavedRsp, ThreadState, MessageSource;
        public ulong OpSendRec, OpReplyReceive, Any, NoSlot, SlotMask, ThreadRunning, ThreadBlocked;
        public ulong RunHead, RunTail;
    }

    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "minix_fastpath_data_address")] private static extern Data* DataAddress();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "minix_fastpath_layout_address")] private static extern Layout* LayoutAddress();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "minix_ipc_fastpath_address")] private static extern ulong EntryAddress();
    [MethodImpl(MethodImplOptions.InternalCall), RuntimeImport("*", "minix_run_queues_address")] public static extern RunQueues* RunQueuesAddress();

    /// <summary>Every sendrec and replyreceive the fast path completed.</summary>
    public static ulong Hits => DataAddress()->Hits;

    /// <summary>Checks the layout, then puts the fast path in front of the slow path (which it jumps to by symbol).</summary>
    public static void Install()
    {
        Data* d = DataAddress();
        d->Procs = (ulong)Unsafe.AsPointer(ref ProcessTable.Procs[0]);
        d->ProcStride = (ulong)Unsafe.AsPointer(ref ProcessTable.Procs[1]) - d->Procs;
        d->HalThread = Thread.CurrentSlotAddress;
        d->HalSpace = AddressSpace.CurrentSlotAddress;
        d->TssRsp0 = (ulong)Tss.KernelStackField;
        CheckLayout();
        SystemCalls.SetHandler((delegate*<ulong, ulong, ulong, ulong, ulong, ulong, ulong>)EntryAddress());
    }

    /// <summary>What a switch to <paramref name="slot"/> needs, from its thread (when it is admitted).</summary>
    public static void Bind(int slot)
    {
        Thread thread = ProcessTable.Threads[slot];
        ref Proc p = ref ProcessTable.Procs[slot];
        p.ThreadAddress = AddressOf(thread);
        p.KernelStackTop = thread.KernelStackTop;
        p.SpaceAddress = thread.Space == null ? 0 : AddressOf(thread.Space);
        p.SpaceRoot = thread.Space == null ? 0 : thread.Space.Root;
    }

    // An object's address (objects never move: there is no collector).
    private static ulong AddressOf(object o) => *(ulong*)Unsafe.AsPointer(ref o);

    private static void CheckLayout()
    {
        Layout* a = LayoutAddress();
        Proc* p = (Proc*)DataAddress()->Procs;
        ulong b = (ulong)p;
        Field("Proc.InUse", a->InUse, (ulong)&p->InUse - b);
        Field("Proc.Endpoint", a->Endpoint, (ulong)&p->Endpoint - b);
        Field("Proc.Priority", a->Priority, (ulong)&p->Priority - b);
        Field("Proc.NextReady", a->NextReady, (ulong)&p->NextReady - b);
        Field("Proc.Privileges.Primitives", a->Primitives, (ulong)&p->Privileges.Primitives - b);
        Field("Proc.Privileges.SendTo", a->SendMask, (ulong)&p->Privileges.SendTo - b);
        Field("Proc.Receiving", a->Receiving, (ulong)&p->Receiving - b);
        Field("Proc.ReplyPending", a->ReplyPending, (ulong)&p->ReplyPending - b);
        Field("Proc.ReceiveFrom", a->ReceiveFrom, (ulong)&p->ReceiveFrom - b);
        Field("Proc.Message", a->Message, (ulong)&p->Message - b);
        Field("Proc.FirstSender", a->FirstSender, (ulong)&p->FirstSender - b);
        Field("Proc.NotifyPending", a->NotifyPending, (ulong)&p->NotifyPending - b);
        Field("Proc.QuantumLeft", a->QuantumLeft, (ulong)&p->QuantumLeft - b);
        Field("Proc.Result", a->Result, (ulong)&p->Result - b);
        Field("Proc.Exited", a->Exited, (ulong)&p->Exited - b);
        Field("Proc.ThreadAddress", a->Thread, (ulong)&p->ThreadAddress - b);
        Field("Proc.KernelStackTop", a->KernelStack, (ulong)&p->KernelStackTop - b);
        Field("Proc.SpaceAddress", a->Space, (ulong)&p->SpaceAddress - b);
        Field("Proc.SpaceRoot", a->SpaceRoot, (ulong)&p->SpaceRoot - b);
        Field("Proc.WritableMessagePage", a->MessagePage, (ulong)&p->WritableMessagePage - b);
        Field("Proc.MessagePhysicalOffset", a->MessageOffset, (ulong)&p->MessagePhysicalOffset - b);
        Thread t = Thread.Current;
        Field("Thread saved rsp", a->ThreadSavedRsp, t.SavedRspAddress - AddressOf(t));
        Field("Thread.State", a->ThreadState, t.StateAddress - AddressOf(t));
        Message m = default;
        Field("Message.Source", a->MessageSource, (ulong)&m.Source - (ulong)&m);
        Field("IpcCall.SendRec", a->OpSendRec, IpcCall.SendRec);
        Field("IpcCall.ReplyReceive", a->OpReplyReceive, IpcCall.ReplyReceive);
        Field("Endpoint.Any", a->Any, Endpoint.Any);
        Field("ProcessTable.NoSlot", a->NoSlot, unchecked((ulong)ProcessTable.NoSlot));
        Field("ProcessTable.Slots - 1", a->SlotMask, ProcessTable.Slots - 1);
        Field("ThreadState.Running", a->ThreadRunning, (ulong)ThreadState.Running);
        Field("ThreadState.Blocked", a->ThreadBlocked, (ulong)ThreadState.Blocked);
        RunQueues q = default;
        Field("RunQueues.Head", a->RunHead, (ulong)q.Head - (ulong)&q);
        Field("RunQueues.Tail", a->RunTail, (ulong)q.Tail - (ulong)&q);
    }

    private static void Field(string field, ulong assembly, ulong build) => LayoutCheck.Field("minix-style Ipc/ipc_fastpath.S", field, assembly, build);
}
