// The network driver SIP: starts the NICs the kernel found for its PCI claim, registers
// /dev/net0 and serves one client channel at a time. Argument 1: exit after one client.
using System.Runtime;
using Contracts;
using Singularity.Processes.DriverGlue;
using Singularity.Processes.SipLibrary;

namespace Singularity.Processes.NetDriver;

public static class NetDriverMain
{
    [RuntimeExport("tb_sip_main")]
    private static long Main(long argument)
    {
        NetService net = NetService.Start();
        if (net == null)
        {
            Sip.Log("no RTL8139 found");
            return 2;
        }
        ServiceListener listener = Net.Exp.Register("/dev/net0");
        if (listener == null) return 3;
        while (true)
        {
            Net.Exp client = Net.Exp.Accept(listener);
            if (client == null) return 4;
            Serve(net, client);
            client.Close();
            if (argument == 1) return 0;
        }
    }

    private static void Serve(NetService net, Net.Exp client)
    {
        // Each answer goes out with the wait for the next request (reply-and-wait: one kernel call).
        Net.Exp.ReadyMessage message = client.Begin.Receive();
        while (true)
        {
            if (message.Closed) return;
            if (message.IsSend(out int device, out int length, out ExBlock frame, out Net.Exp.Sending sending))
            {
                message = sending.SendSentAndReceive(net.Send(device, length, frame), frame);
            }
            else if (message.IsReceive(out device, out int timeout, out frame, out Net.Exp.Receiving receiving))
            {
                int status = net.Receive(device, timeout, frame, out int received);
                message = receiving.SendReceivedAndReceive(status, received, frame);
            }
            else return;        // the generated code ends the SIP on any other tag before this
        }
    }
}
