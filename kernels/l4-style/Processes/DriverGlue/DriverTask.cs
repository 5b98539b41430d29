// Any shared driver as an l4-style driver task: the handshake with the manager, then the
// IPC request loop. Each answer goes out with the wait for the next request (reply-and-
// wait: one kernel call). How a request and its reply sit in the message registers is the
// device class's (TMessages: BlockMessages, PacketMessages); the data lies in the region
// shared with the client.
using L4Style.Processes.UserLib;
using Testbed.Drivers.Hosting;

namespace L4Style.Processes.DriverGlue;

public static class DriverTask<TDriver, TMessages>
    where TDriver : struct, IDriver
    where TMessages : struct, IRequestMessages<TDriver>
{
    private static TDriver s_driver;

    /// <summary>The task's main: returns only if the driver found no device.</summary>
    public static int Run()
    {
        ref TDriver driver = ref s_driver;
        if (!DriverHost.Start(ref driver)) return 1;

        Message m = default;
        Ipc.Receive(ref m);
        while (true)
        {
            default(TMessages).Handle(ref driver, ref m);
            Ipc.ReplyWait(ref m);
        }
    }
}
