// A block request in message registers: Mr0 operation, Mr1 sectors, Mr2 LBA, Mr3 the
// data's offset in the shared region. The reply: Mr0 status, Mr1 sectors moved.
using System.Runtime.CompilerServices;
using L4Style.Processes.UserLib;
using Testbed.Drivers.Hosting;
using Testbed.Drivers.Requests;

namespace L4Style.Processes.DriverGlue;

public unsafe struct BlockMessages<TDriver> : IRequestMessages<TDriver> where TDriver : struct, IBlockDriver
{
    // Inlined into DriverTask's loop, as the hand-written loops of each driver task were.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Handle(ref TDriver driver, ref Message m)
    {
        BlockRequest request;
        request.Operation = (uint)m.Mr0;
        request.Sectors = (uint)m.Mr1;
        request.Lba = m.Mr2;
        request.Data = DriverHost.SharedData(m.Mr3, (ulong)request.Sectors * BlockRequest.SectorSize);
        BlockReply reply;
        driver.Handle(&request, &reply);
        m.Mr0 = (ulong)(long)reply.Status;
        m.Mr1 = reply.Sectors;
    }
}
