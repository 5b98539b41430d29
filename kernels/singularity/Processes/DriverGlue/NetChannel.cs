// A packet driver behind the Net contract: Send answered with Sent, Receive with Received;
// frames travel in exchange heap blocks, checked before the driver sees them.
using Contracts;
using Singularity.Processes.SipLibrary;
using Testbed.Drivers.Hosting;
using Testbed.Drivers.Requests;

namespace Singularity.Processes.DriverGlue;

public unsafe struct NetChannel<TDriver> : IDriverChannel<TDriver> where TDriver : struct, IPacketDriver
{
    public ServiceListener Register(string path) => Net.Exp.Register(path);

    public bool ServeClient(ref TDriver driver, ServiceListener listener)
    {
        Net.Exp client = Net.Exp.Accept(listener);
        if (client == null) return false;
        // Each answer goes out with the wait for the next request (reply-and-wait: one kernel call).
        Net.Exp.ReadyMessage message = client.Begin.Receive();
        while (!message.Closed)
        {
            if (message.IsSend(out int device, out int length, out ExBlock frame, out Net.Exp.Sending sending))
            {
                message = sending.SendSentAndReceive(Send(ref driver, device, length, frame), frame);
            }
            else if (message.IsReceive(out device, out int timeout, out frame, out Net.Exp.Receiving receiving))
            {
                int status = Receive(ref driver, device, timeout, frame, out int received);
                message = receiving.SendReceivedAndReceive(status, received, frame);
            }
            else break;         // the generated code ends the SIP on any other tag before this
        }
        client.Close();
        return true;
    }

    private static int Send(ref TDriver driver, int device, int length, ExBlock frame)
    {
        if (frame.IsNone || length < (int)PacketRequest.MinFrame || length > (int)PacketRequest.MaxFrame || frame.Length < length) return IoStatus.Invalid;
        var request = new PacketRequest { Operation = PacketOperation.Send, Device = (uint)device, Length = (uint)length, Data = frame.Payload(length) };
        PacketReply reply;
        driver.Handle(&request, &reply);
        return reply.Status;
    }

    private static int Receive(ref TDriver driver, int device, int timeoutTicks, ExBlock frame, out int length)
    {
        length = 0;
        if (frame.IsNone || frame.Length < (int)PacketRequest.MaxFrame) return IoStatus.Invalid;
        var request = new PacketRequest
        {
            Operation = PacketOperation.Receive, Device = (uint)device, Length = PacketRequest.MaxFrame,
            TimeoutTicks = (uint)timeoutTicks, Data = frame.Payload((int)PacketRequest.MaxFrame),
        };
        PacketReply reply;
        driver.Handle(&request, &reply);
        length = (int)reply.Length;
        return reply.Status;
    }
}
