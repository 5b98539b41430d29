// The l4-style test peer: a second task for the root task to talk to, fault in, map into
// and kill. Its role comes from its start argument (L4Style.Abi.PeerMode); slot 1 of its
// capability table is its pager, the root task, and the root installs whatever else it needs.
using System.Runtime;
using L4Style.Abi;
using L4Style.Processes.UserLib;

namespace L4Style.Processes.Peer;

public static unsafe class PeerMain
{
    private const int StringBufferSize = 4096;
    private static byte[] s_buffer = new byte[StringBufferSize];

    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument)
    {
        switch (PeerMode.Of(argument))
        {
            case PeerMode.EchoServer: EchoServer(PeerMode.Parameter(argument) == 1); return 0;
            case PeerMode.Refused: Refused(); return 0;
            case PeerMode.MemoryAgent: MemoryAgent(); return 0;
            case PeerMode.PageFaulter: PageFaulter(PeerMode.Parameter(argument)); return 0;
            case PeerMode.ExitAtOnce: return 7;
            case PeerMode.IoWithoutRight: return Devices.ReadRtcWithoutRight();
            case PeerMode.RtcDriver: Devices.RtcDriver(PeerMode.Parameter(argument)); return 0;
            case PeerMode.NotRoot: NotRoot(); return 0;
            case PeerMode.Spinner: while (true) { } 
        }
        return 1;
    }

    // Reply-and-wait forever. The reply carries MR0 + 1, the time the request arrived (for
    // the one-way figure), a byte sum of any string received, and MR3..MR5 unchanged.
    // A yielding server gives up the processor between request and reply, so that other
    // clients' calls arrive while one is in progress.
    private static void EchoServer(bool yieldBeforeReply)
    {
        fixed (byte* buffer = s_buffer)
        {
            Message m = default;
            m.ReceiveBuffer = (ulong)buffer;
            m.ReceiveCapacity = StringBufferSize;
            IpcResult r = Ipc.Receive(ref m);
            while (true)
            {
                ulong arrived = Testbed.Guest.Measure.Tsc.Close();     // the one-way window's end (Tsc.cs)
                ulong sum = 0;
                for (ulong i = 0; i < r.StringLength; i++) sum += buffer[i];
                if (yieldBeforeReply) Kernel.Invoke(Op.Yield);
                m.Mr0 += 1;
                m.Mr1 = arrived;
                m.Mr2 = sum;
                m.Window = 0;
                m.SendLength = 0;
                m.ReceiveBuffer = (ulong)buffer;
                m.ReceiveCapacity = StringBufferSize;
                r = Ipc.ReplyWait(ref m);
            }
        }
    }

    private static void Refused()
    {
        Message m = default;
        m.Mr0 = 42;
        IpcResult r = Ipc.Send(ref m, 7, Op.SendTimeoutZero);   // slot 7 was never filled
        m = default;
        m.Mr0 = r.Status;
        Ipc.Call(ref m, 1);
    }

    // Every call the kernel-call table marks root-only, then IrqAttach without a right, each
    // with arguments that would be refused otherwise (no such task, module or line): only
    // NotPrivileged in every byte shows the privilege check refused them. One call site in a
    // loop: the peer is also the image of the task benchmarks, whose figures grow by a page
    // of loading if its code outgrows its first page.
    private static void NotRoot()
    {
        const ulong calls = 1UL << (int)Op.TaskCreate | 1UL << (int)Op.TaskStart | 1UL << (int)Op.TaskDestroy | 1UL << (int)Op.CapInstall
            | 1UL << (int)Op.IoGrant | 1UL << (int)Op.IrqGrant | 1UL << (int)Op.Lookup | 1UL << (int)Op.IrqAttach;
        Message m = default;
        int shift = 0;
        for (ulong op = Op.Null; op <= Op.ThreadStatus; op++)
        {
            if ((calls & (1UL << (int)op)) == 0) continue;
            m.Mr0 |= Kernel.Invoke(op, 0xFFFF, 1, 1) << shift;
            shift += 8;
        }
        Ipc.Call(ref m, 1);
    }

    private static void PageFaulter(ulong address)
    {
        ulong value = *(ulong*)address;         // unmapped: the pager must map it first
        Message m = default;
        m.Mr0 = value;
        Ipc.Call(ref m, 1);
    }

    // Obeys the root task; its receive window is always the first page of Layout.MapArea.
    private static void MemoryAgent()
    {
        Message m = default;
        m.Mr0 = MemoryCommand.Ready;
        m.Window = Fpage.Make(Layout.MapArea, 0, writable: true);
        Ipc.Call(ref m, 1);
        while (true)
        {
            ulong reply = 0;
            switch (m.Mr0)
            {
                case MemoryCommand.Read: reply = *(ulong*)m.Mr1; break;
                case MemoryCommand.Write: *(ulong*)m.Mr1 = m.Mr2; break;
                case MemoryCommand.Accept: reply = 1; break;
                case MemoryCommand.Sum:
                    for (ulong i = 0; i < m.Mr2; i++) reply += ((byte*)m.Mr1)[i];
                    break;
                case MemoryCommand.MapTo:
                {
                    Message pass = default;
                    pass.Mr0 = MemoryCommand.Accept;
                    pass.Mr4 = m.Mr2;
                    ulong flags = Op.MapItem | (m.Mr3 != 0 ? Op.Grant : 0);
                    IpcResult r = Ipc.Call(ref pass, m.Mr1, flags);
                    reply = r.Ok ? pass.Mr0 : 1000 + r.Status;
                    break;
                }
            }
            m = default;
            m.Mr0 = reply;
            m.Window = Fpage.Make(Layout.MapArea, 0, writable: true);
            Ipc.ReplyWait(ref m);
        }
    }
}
