// IPC semantics, checked from ring 3: call and reply, six words in registers carried both
// ways (a keyed echo), the fast path actually taken, a send without a right refused,
// timeouts of zero, blocking sends, closed receives, reply pairing under interleaving,
// strings, and IPC within one task.
using L4Style.Abi;
using L4Style.Processes.Root.Benchmarks;
using L4Style.Processes.UserLib;

namespace L4Style.Processes.Root.Checks;

public static unsafe class IpcChecks
{
    private static volatile int s_sent;
    private static ulong s_rootSlot;          // a right to the root's main thread, for its own helpers
    private static ulong s_echoSlot;
    private static volatile int s_pairingErrors, s_pairingDoneA, s_pairingDoneB;

    public static void Run()
    {
        Peer echo = Peers.Start(PeerMode.EchoServer);
        s_echoSlot = echo.Slot;
        Kdb.Check("task.create", echo.Started, "task", echo.Task);

        CallAndReply(echo);
        SixRegisterWords();
        FastPathTaken(echo);
        RefusedSend();
        ZeroTimeouts(echo);
        SendBlocksUntilReceived();
        Strings(echo);
        IntraAddressSpace();
        Peers.Destroy(echo);
        CallReplyPairing();
    }

    private static void CallAndReply(Peer echo)
    {
        Message m = default;
        m.Mr0 = 41; m.Mr3 = 0x3333; m.Mr4 = 0x4444; m.Mr5 = 0x5555;
        IpcResult r = Ipc.Call(ref m, echo.Slot);
        Kdb.Check("ipc.call-reply", r.Ok && m.Mr0 == 42, "mr0", m.Mr0);
        Kdb.Check("ipc.receiver-sees-sender-badge", m.Badge == echo.Thread, "badge", m.Badge);
    }

    // Six distinct words to the keyed echo (Processes/KeyedEcho), each answered XOR its own
    // key: a word the kernel dropped or swapped in either direction comes back wrong (an
    // unchanged echo could not show it: the stub reloads the caller's registers). The detail
    // is a bit per word that came back wrong. `selftest-break=ipc.six-register-words` asks
    // the server to key only MR0 and MR1, a reply as if the kernel had carried no more.
    private static void SixRegisterWords()
    {
        ulong keyed = KernelCommandLine.Words.Breaks("ipc.six-register-words") ? 2 : WordKeys.All;
        Peer keyedEcho = Peers.StartModule(Modules.KeyedEcho, keyed, Peers.DefaultPriority, stopped: false);
        Message m = default;
        m.Mr0 = 0xA0; m.Mr1 = 0xA1; m.Mr2 = 0xA2; m.Mr3 = 0xA3; m.Mr4 = 0xA4; m.Mr5 = 0xA5;
        IpcResult r = Ipc.Call(ref m, keyedEcho.Slot);
        ulong wrong = 0;
        for (int i = 0; i < 6; i++)
            if (m.Word(i) != (0xA0UL + (ulong)i ^ WordKeys.Of(i))) wrong |= 1UL << i;
        Kdb.Check("ipc.six-register-words", keyedEcho.Started && r.Ok && wrong == 0, "wrong-words", wrong);
        Peers.Destroy(keyedEcho);
    }

    private static void FastPathTaken(Peer echo)
    {
        ulong before = Kdb.Query(KdbOp.FastPathCount);
        for (ulong i = 0; i < 10; i++)
        {
            Message m = default;
            m.Mr0 = i;
            Ipc.Call(ref m, echo.Slot);
        }
        ulong taken = Kdb.Query(KdbOp.FastPathCount) - before;
        // Each call and each reply-and-wait is one fast-path switch.
        Kdb.Check("ipc.fast-path-taken", taken >= 20, "switches", taken);
    }

    private static void RefusedSend()
    {
        Message m = default;
        IpcResult r = Ipc.Send(ref m, 200);
        Kdb.Check("ipc.send-without-right-refused", r.Status == Status.NoRight, "status", r.Status);
        r = Ipc.Call(ref m, 201);
        Kdb.Check("ipc.call-without-right-refused", r.Status == Status.NoRight, "status", r.Status);

        // The same from another task that holds only its pager's right.
        Peer refused = Peers.Start(PeerMode.Refused);
        m = default;
        r = Ipc.Receive(ref m, refused.Slot);
        Kdb.Check("ipc.peer-send-without-right-refused", r.Ok && m.Mr0 == Status.NoRight, "status", m.Mr0);
        Peers.Destroy(refused);
    }

    private static void ZeroTimeouts(Peer echo)
    {
        Message m = default;
        IpcResult r = Ipc.Receive(ref m, 0, Op.ReceiveTimeoutZero);
        Kdb.Check("ipc.receive-timeout-zero", r.Status == Status.Timeout, "status", r.Status);

        // A thread in a closed receive from the echo server does not accept us: with a send
        // timeout of zero the send fails at once instead of blocking.
        ulong closed = Kernel.CreateThread(&ClosedReceiver, 0, PagePool.TakeStack(), 100, out ulong slot);
        Kernel.Invoke(Op.Yield);
        m = default;
        r = Ipc.Send(ref m, slot, Op.SendTimeoutZero);
        Kdb.Check("ipc.send-timeout-zero-to-closed-receiver", closed != 0 && r.Status == Status.Timeout, "status", r.Status);
        m = default;
        r = Ipc.Call(ref m, slot, Op.SendTimeoutZero);
        Kdb.Check("ipc.call-timeout-zero", r.Status == Status.Timeout, "status", r.Status);
    }

    private static ulong ClosedReceiver(ulong unused)
    {
        Message m = default;
        Ipc.Receive(ref m, s_echoSlot);      // never satisfied: the echo server only replies
        return 0;
    }

    private static void SendBlocksUntilReceived()
    {
        ulong me = Peers.MyThreadId();
        s_rootSlot = 15;
        Kernel.Invoke(Op.CapInstall, 0, s_rootSlot, me);
        s_sent = 0;
        ulong sender = Kernel.CreateThread(&BlockingSender, 0, PagePool.TakeStack(), 100, out _);
        Kernel.Invoke(Op.Yield);                      // the sender runs, sends, and blocks: we are not receiving
        bool blocked = s_sent == 0;
        Message m = default;
        IpcResult r = Ipc.Receive(ref m);
        Kernel.Invoke(Op.Yield);                      // now it may run on
        Kdb.Check("ipc.send-blocks-until-received", blocked && r.Ok && m.Mr0 == 99 && m.Badge == sender && s_sent == 1);
    }

    private static ulong BlockingSender(ulong unused)
    {
        Message m = default;
        m.Mr0 = 99;
        Ipc.Send(ref m, s_rootSlot);
        s_sent = 1;
        return 0;
    }

    private static void Strings(Peer echo)
    {
        ulong page = PagePool.Take(1);
        ulong expected = 0;
        for (int i = 0; i < 1024; i++)
        {
            ((byte*)page)[i] = (byte)(i * 7 + 3);
            expected += (byte)(i * 7 + 3);
        }
        Message m = default;
        m.SendString = page;
        m.SendLength = 1024;
        IpcResult r = Ipc.Call(ref m, echo.Slot, Op.StringItem);
        Kdb.Check("ipc.string-1k-copied", r.Ok && m.Mr2 == expected, "sum", m.Mr2);
    }

    private static void IntraAddressSpace()
    {
        ulong server = Kernel.CreateThread(&LocalEcho, 0, PagePool.TakeStack(), 100, out ulong slot);
        Message m = default;
        m.Mr0 = 7; m.Mr5 = 0x55;
        IpcResult r = Ipc.Call(ref m, slot);
        Kdb.Check("ipc.call-within-one-task", server != 0 && r.Ok && m.Mr0 == 8 && m.Mr5 == 0x55 && m.Badge == server);
        IpcBenchmarks.LocalEchoSlot = slot;
    }

    /// <summary>An echo server thread inside the root task (the intra-address-space partner).</summary>
    public static ulong LocalEcho(ulong unused)
    {
        Message m = default;
        Ipc.Receive(ref m);
        while (true)
        {
            ulong arrived = Testbed.Guest.Measure.Tsc.Close();     // the one-way window's end (Tsc.cs)
            m.Mr0 += 1;
            m.Mr1 = arrived;
            Ipc.ReplyWait(ref m);
        }
    }

    // Two clients call an echo server that yields between receiving and replying, so the
    // second call arrives while the first is in progress and waits in the server's queue.
    // Every reply must reach the thread that made the call, with that call's words.
    private static void CallReplyPairing()
    {
        Peer slowEcho = Peers.Start(PeerMode.EchoServer, 1);
        s_echoSlot = slowEcho.Slot;
        s_pairingErrors = 0;
        s_pairingDoneA = 0;
        s_pairingDoneB = 0;
        Kernel.CreateThread(&PairingClient, 0xA000, PagePool.TakeStack(), 100, out _);
        Kernel.CreateThread(&PairingClient, 0xB000, PagePool.TakeStack(), 100, out _);
        while (s_pairingDoneA + s_pairingDoneB < 2) Kernel.Invoke(Op.Yield);
        Kdb.Check("ipc.call-reply-pairing", s_pairingErrors == 0, "errors", (ulong)s_pairingErrors);
        Peers.Destroy(slowEcho);
    }

    private static ulong PairingClient(ulong tag)
    {
        for (ulong i = 0; i < 40; i++)
        {
            Message m = default;
            m.Mr0 = tag + i;
            m.Mr3 = tag;
            IpcResult r = Ipc.Call(ref m, s_echoSlot);
            if (!r.Ok || m.Mr0 != tag + i + 1 || m.Mr3 != tag) s_pairingErrors++;
            Kernel.Invoke(Op.Yield);
        }
        if (tag == 0xA000) s_pairingDoneA = 1; else s_pairingDoneB = 1;
        return 0;
    }
}
