// The network server (MINIX 3's inet, reduced to framing): a client names its frame by a
// grant to the server and asks it to send the frame on a NIC or to receive the next one
// (Abi/PacketDriverRequest.cs, the driver's own layout). The server copies the frame between
// the client's memory and its own buffer by SYS_SAFECOPY, checks the framing (an Ethernet
// frame's length, a known device) and forwards the request to the Ethernet driver with its
// own grant (DriverLink), which resends across a driver restart. Clients reach it at its
// fixed endpoint; its replies go out with the next receive (replyreceive, ServerLoop).

namespace MinixStyle.Processes.NetServer;

public static unsafe class NetServerMain
{
    private const int Devices = 2;

    private static BlockRoom s_frame;
    private static GrantTableRoom s_table;
    private static byte* s_buffer;

    [RuntimeExport("tb_process_main")]
    private static int Main(ulong argument)
    {
        s_buffer = BlockRoom.Aligned(ref s_frame);
        Grant* table = GrantTableRoom.Aligned(ref s_table);
        Grants.SetTable(table, 1);
        Grants.Make(table, 0, DriverLink.Driver, s_buffer, PacketRequest.MaxFrame, Grant.Read | Grant.Write);
        DriverLink.Bind(table);
        ServerLoop.Run(&Serve, PacketDriverRequest.Reply);
        return 0;
    }

    private static bool Serve(Message* request, Message* reply)
    {
        int client = request->Source;
        if (request->Type == PacketDriverRequest.Resent)
        {
            reply->A1 = DriverLink.Resent;
            return true;
        }
        if (request->Type == PacketDriverRequest.ArmRecovery)
        {
            reply->A3 = client == Endpoint.NetClient ? DriverLink.ArmRecovery() : unchecked((ulong)IpcStatus.CallDenied);
            return true;
        }
        bool send = request->Type == PacketDriverRequest.Send;
        ulong length = request->A2, grant = request->A3;
        // Framing: an Ethernet frame without its CRC, on a NIC there is.
        if ((!send && request->Type != PacketDriverRequest.Receive) || request->A1 >= Devices
            || length < PacketRequest.MinFrame || length > PacketRequest.MaxFrame)
        {
            reply->A1 = unchecked((ulong)(long)IoStatus.Invalid);
            return true;
        }
        long copy = IpcStatus.Ok;
        int status;
        uint moved = 0;
        if (send && (copy = Grants.SafeCopyFrom(client, grant, 0, s_buffer, length)) != IpcStatus.Ok) status = IoStatus.Invalid;
        else
        {
            status = DriverLink.Request(request->Type, request->A1, (uint)length, request->A4, out moved);
            if (!send && status == IoStatus.Ok && (copy = Grants.SafeCopyTo(client, grant, 0, s_buffer, moved)) != IpcStatus.Ok)
                status = IoStatus.Invalid;
        }
        reply->A1 = (ulong)(long)status;
        reply->A2 = moved;
        reply->A3 = (ulong)copy;
        return true;
    }
}
