// A packet request in message registers: Mr0 operation, Mr1 device, Mr2 length (send) or
// room (receive), Mr3 the frame's offset in the shared region, Mr4 the receive timeout.
// The reply: Mr0 status, Mr1 length, Mr4 cleared.
using System.Runtime.CompilerServices;
using L4Style.Processes.UserLib;
using Testbed.Drivers.Hosting;
using Testbed.Drivers.Requests;

namespace L4Style.Processes.DriverGlue;

public unsafe struct PacketMessages<TDriver> : IRequestMessages<TDriver> where TDriver : struct, IPacketDriver
{
    // Inlined into DriverTask's loop, as the hand-written loops of each driver task were.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Handle(ref TDriver driver, ref Message m)
    {
        PacketRequest request;
        request.Operation = (uint)m.Mr0;
        request.Device = (uint)m.Mr1;
        request.Length = (uint)m.Mr2;
        request.TimeoutTicks = (uint)m.Mr4;
        request.Data = DriverHost.SharedData(m.Mr3, request.Length);
        PacketReply reply;
        driver.Handle(&request, &reply);
        m.Mr0 = (ulong)(long)reply.Status;
        m.Mr1 = reply.Length;
        m.Mr4 = 0;
    }
}
