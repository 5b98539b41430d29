// The network driver task: the shared RTL8139 driver (both NICs) behind an IPC request
// loop. Frames lie in the region shared with the client; the reply carries the status.
using System.Runtime;
using L4Style.Abi;
using L4Style.Processes.DriverGlue;
using L4Style.Processes.UserLib;
using Testbed.Drivers.Requests;
using Testbed.Drivers.Rtl8139;

namespace L4Style.Processes.Rtl8139Driver;

public static unsafe class Rtl8139Main
{
    private static Rtl8139Driver<L4DriverEnv> s_driver;

    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument)
    {
        DriverConfig config = DriverHost.Handshake();
        DriverInfo info = default;
        fixed (Rtl8139Driver<L4DriverEnv>* driver = &s_driver)
        {
            driver->Initialize(config, &info);
            DriverHost.Ready(&info);
            if (info.Status != IoStatus.Ok) return 1;

            Message m = default;
            Ipc.Receive(ref m);
            while (true)
            {
                ulong requestWord = m.Mr0;
                PacketRequest request = default;
                request.Operation = (uint)requestWord;
                request.Device = (uint)m.Mr1;
                request.Length = (uint)m.Mr2;
                request.TimeoutTicks = (uint)m.Mr4;
                request.Data = DriverHost.SharedData(m.Mr3, request.Length);
                PacketReply reply = default;
                driver->Handle(&request, &reply);
                m.Mr0 = (ulong)(long)reply.Status;
                m.Mr1 = reply.Length;
                m.Mr4 = 0;
                Ipc.ReplyWait(ref m);
            }
        }
    }
}
